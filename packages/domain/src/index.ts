export * from './audit';
export * from './error-codes';
export * from './money';
export * from './organization';
export * from './roles';
export * from './state-machine';
