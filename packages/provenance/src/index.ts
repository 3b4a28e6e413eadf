export * from './bytes';
export * from './merkle';
export * from './event';
export * from './checkpoint';
export * from './bundle';
