export { Group, GroupKind, groupKindLabel, groupKindLabels, GroupKindValue } from './group.schema.js';
