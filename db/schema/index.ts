export * from './enums';
export * from './catalog';
export * from './events';
export * from './sources';
export * from './auth';
export * from './tokens';
export * from './history';
