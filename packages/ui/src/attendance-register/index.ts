export { AttendanceRegister, type AttendanceRegisterProps, type AttendanceRegisterRow } from './attendance-register.js';
