/** axe-core and a quiet console on every page, dark theme. */
import { sweep } from '../helpers/axe-sweep.ts';

sweep('dark');
