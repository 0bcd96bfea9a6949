export { ContactDetails, IdentityClaim, Person } from './person.schema.js';
export { ProfessionalCategory, professionalCategoryLabels } from './professional-category.js';
export { erasePersonalData, erasedPersonLabel, ERASED_NAME, personDisplayName } from './person.rules.js';
export { splitPeople, splitPerson, withPersonalData, type PersonalData, type PersonalDataRecord, type PersonInLog } from './personal-data.js';
