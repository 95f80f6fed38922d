export * from './group-gaps';
export * from './kpi-series';
export * from './mapping';
export * from './over-time';
export * from './points';
export * from './statement-matching';
export * from './steps';
export * from './built-in-mappings';
