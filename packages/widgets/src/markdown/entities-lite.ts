/**
 * What markdown-it needs of the `entities` package — `decodeHTMLStrict`, for a named character
 * reference such as `&ouml;` in an agenda text — with HTML 4's names (Latin-1, the typographic
 * ones, arrows and a few signs) instead of HTML 5's 2 231, whose table is about 15 kB gzip of a
 * widget's budget. A name not here stays as written, as markdown-it shows any unknown one;
 * numeric references (`&#246;`) markdown-it decodes itself. The widget builds alias `entities`
 * to this module; its test checks every name against the full table.
 */
const latin1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const others: Record<string, number> = {
  quot: 34, amp: 38, apos: 39, lt: 60, gt: 62, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218,
  ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249,
  rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, minus: 8722, infin: 8734, asymp: 8776, ne: 8800, le: 8804, ge: 8805,
};

/** Every name this module knows, with its character. */
export const namedReferences: ReadonlyMap<string, string> = new Map([
  ...latin1.split(' ').map((name, i) => [name, String.fromCodePoint(160 + i)] as [string, string]),
  ...Object.entries(others).map(([name, code]) => [name, String.fromCodePoint(code)] as [string, string]),
]);

/** `&name;` as its character when the name is known; anything else unchanged. */
export function decodeHTMLStrict(text: string): string {
  return text.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (match, name: string) => namedReferences.get(name) ?? match);
}
