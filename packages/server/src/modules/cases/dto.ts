/**
 * Request and response shapes of the case registry API (zod), one file a use case under dto/. They are the contract
 * with the web app and the OpenAPI document at /api/docs; validation messages are Chinese and name the field.
 */
export * from './dto/detail.js';
export { isCalendarDate, outcomeCategory } from './dto/fields.js';
export * from './dto/list.js';
export * from './dto/workload.js';
export * from './dto/write.js';
