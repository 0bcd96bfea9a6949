export {
  SeminarProgramme,
  type SeminarProgrammeProps,
  type SeminarProgrammeSeminar,
  type SeminarProgrammeTheme,
} from './seminar-programme.js';
