import { configureFastCheck } from './fuzz';

configureFastCheck();
