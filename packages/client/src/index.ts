export { MengyuanClient, MengyuanError, type MengyuanClientOptions } from './client';
export * from './generated';
