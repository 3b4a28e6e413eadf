export * from './protocol';
export { DEFAULT_GOODS, SupplierSimulator, type SupplierFaults, type SupplierSimOptions, type SupplierSimRequest, type SupplierSimResponse } from './simulator';
export * from './shop';
