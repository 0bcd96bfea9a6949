export { DeliverableBoard, type DeliverableBoardColumn, type DeliverableBoardProps, type DeliverableCard } from './deliverable-board.js';
