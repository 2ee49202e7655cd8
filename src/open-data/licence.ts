/**
 * What a user of the site's text and data may do with it, said once for the
 * open-data page, the about page and datapackage.json. The legal point about
 * government documents is public knowledge (the Copyright Law of the PRC,
 * Article 5), stated as such; the newspaper article is not such a document.
 */
export const SITE_LICENCE = {
  name: 'CC-BY-4.0',
  title: '知识共享 署名 4.0 国际许可协议（CC BY 4.0）',
  path: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
};

export const LICENCE_TEXT = {
  sources:
    '政府工作报告和规划纲要是国家机关的文件。《中华人民共和国著作权法》第五条规定，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件不适用该法，可以自由复制和传播；本站照录其原文。报纸文章（如《衡阳日报》的报告解读）不在此列，版权归原作者和报社，本站照录全文仅供查考和引用，转载请联系原刊。',
  site: `本站所加的内容——释义、项目说明、目标与数字的整理、计算出的状态、本站说明和这些数据表——按${SITE_LICENCE.title}提供：可以复制、改编和再发布，请注明出处“衡阳报告注释本”并附本站网址。`,
};
