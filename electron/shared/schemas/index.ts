export * from './time';
export * from './text';
export * from './trip';
export * from './entry';
export * from './paper';
export * from './photo';
export * from './series';
export * from './document';
