export { RiskMatrix, type RiskMatrixProps, type RiskMatrixRisk } from './risk-matrix.js';
