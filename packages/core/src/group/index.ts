export { Group, GroupKind, groupKindLabels } from './group.schema.js';
