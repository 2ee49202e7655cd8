/**
 * When and from which version the site was built, for the open data's
 * citation and a citation's access date. SOURCE_DATE_EPOCH (seconds), when
 * set, fixes the date so a rebuild of the same commit is identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const epoch = process.env.SOURCE_DATE_EPOCH;
/** YYYY-MM-DD, UTC. */
export const BUILD_DATE = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
export const VERSION: string = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
