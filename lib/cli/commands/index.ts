/** darkweb-kg: the list of CLI commands (one module each). */
import type { CommandModule } from 'yargs';
import build from './build';
import merge from './merge';
import push from './push';
import query from './query';
import sparql from './sparql';
import stats from './stats';
import view from './view';

export const commands: CommandModule<any, any>[] = [build, merge, push, query, sparql, stats, view];
