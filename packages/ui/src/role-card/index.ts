export { RoleCard, type RoleCardProps } from './role-card.js';
