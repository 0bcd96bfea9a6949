export { ContactDetails, Person } from './person.schema.js';
export { ProfessionalCategory, professionalCategoryLabels } from './professional-category.js';
export { erasePersonalData, ERASED_NAME } from './person.rules.js';
