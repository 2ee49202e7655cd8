/**
 * Structural markers of Chinese reports that more than one stage reads: the
 * conversion finds a section by them, the index reads its stance from them.
 * Written in Simplified; consumers match them in either script
 * (eitherScript in src/core/script.ts). Browser-safe.
 */

/** Appendices and end matter a report or outline prints as sections of their own. */
export const APPENDIX_LABELS = ['附件', '附表', '附录', '名词解释'] as const;
