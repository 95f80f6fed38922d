export * from './assessment-scores';
export * from './compare';
export * from './stage';
export * from './statement';
export * from './stats';
export * from './claims';
