/** axe-core and a quiet console, light and dark, on a seeded sample of each entry template (every entry with HY_AXE_FULL=1). */
import { sweep } from '../helpers/axe-sweep.ts';

sweep('entries');
