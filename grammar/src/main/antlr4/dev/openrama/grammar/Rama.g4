/*
 * The syntax of OpenRama source: Clojure 1.12's reader syntax, as s-expressions and reader-macro
 * prefixes only. No actions: the interpreter's reader turns the parse tree into data forms and
 * decides everything that depends on token contents (numbers, escapes, symbol shapes, auto-resolved
 * keywords, reader conditionals, syntax-quote).
 *
 * The lexer is total: every input tokenizes. Input that cannot start a form gets its own token
 * (UNTERMINATED_STRING, LONE_BACKSLASH, BAD_DISPATCH ...) that no parser rule accepts, so the
 * reader's error listener can name the problem precisely.
 *
 * Token boundaries follow clojure.lang.LispReader: a symbol or keyword token runs until whitespace
 * (commas included) or a terminating macro character  " ; @ ^ ` ~ ( ) [ ] { } \  ; a number runs
 * until whitespace or any macro character (the terminating ones plus ' % #).
 */
grammar Rama;

// One top-level form per call, so the reader can build (and the interpreter evaluate) each form
// before the next is parsed, as Clojure's load does.
nextForm
  : discard* (form | EOF)
  ;

form
  : list
  | vector
  | map
  | set
  | fn
  | prefixed
  | meta
  | readerCond
  | nsMap
  | NUMBER
  | TOKEN
  | STRING
  | CHAR
  | REGEX
  ;

// #_ form: the discarded form may itself be preceded by discards (#_ #_ a b discards a and b).
discard
  : DISCARD discard* form
  ;

list
  : OPEN_PAREN (form | discard)* CLOSE_PAREN
  ;

vector
  : OPEN_BRACKET (form | discard)* CLOSE_BRACKET
  ;

map
  : OPEN_BRACE (form | discard)* CLOSE_BRACE
  ;

set
  : SET_START (form | discard)* CLOSE_BRACE
  ;

fn
  : FN_START (form | discard)* CLOSE_PAREN
  ;

// Reader macros that wrap exactly one following form.
prefixed
  : (QUOTE | SYNTAX_QUOTE | UNQUOTE | UNQUOTE_SPLICING | DEREF | VAR_QUOTE | SYMBOLIC | TAG) discard* form
  ;

meta
  : META discard* form discard* form
  ;

readerCond
  : (READER_COND | READER_COND_SPLICING) OPEN_PAREN (form | discard)* CLOSE_PAREN
  ;

nsMap
  : NS_MAP map
  ;

// ---------------------------------------------------------------------------------------------
// Lexer

OPEN_PAREN : '(' ;
CLOSE_PAREN : ')' ;
OPEN_BRACKET : '[' ;
CLOSE_BRACKET : ']' ;
OPEN_BRACE : '{' ;
CLOSE_BRACE : '}' ;

FN_START : '#(' ;
SET_START : '#{' ;
DISCARD : '#_' ;
READER_COND_SPLICING : '#?@' ;
READER_COND : '#?' ;
VAR_QUOTE : '#\'' ;
SYMBOLIC : '##' ;
META : '^' | '#^' ;
QUOTE : '\'' ;
SYNTAX_QUOTE : '`' ;
UNQUOTE_SPLICING : '~@' ;
UNQUOTE : '~' ;
DEREF : '@' ;

// #:ns{...}, #::{...}, #::alias{...}; the reader checks what follows the colon(s).
NS_MAP : '#:' TOKEN_CHAR* ;

REGEX : '#"' STRING_BODY '"' ;
UNTERMINATED_REGEX : '#"' STRING_BODY '\\'? ;
STRING : '"' STRING_BODY '"' ;
UNTERMINATED_STRING : '"' STRING_BODY '\\'? ;

// \a \newline \u0041 \( : one character of any kind, then token characters.
CHAR : '\\' . TOKEN_CHAR* ;
LONE_BACKSLASH : '\\' ;

NUMBER : [+-]? [0-9] NUMBER_CHAR* ;

// Symbols, keywords, nil/true/false. A leading + or - followed by a digit is a number instead.
TOKEN
  : TOKEN_START TOKEN_CHAR*
  | [+-] (TOKEN_NONDIGIT TOKEN_CHAR*)?
  ;

// #inst, #uuid, #my/tag: the dispatch characters that have their own meaning cannot start a tag.
TAG : '#' TAG_START TOKEN_CHAR* ;

COMMENT : (';' | '#!') ~[\r\n]* -> skip ;
WS : WS_CHAR+ -> skip ;

// Last, so every longer or earlier dispatch wins: #= #< #) and a lone # at the end.
BAD_DISPATCH : '#' .? ;

// java.lang.Character.isWhitespace, plus the comma.
fragment WS_CHAR
  : [ \t\n\u000B\f\r\u001C-\u001F,\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]
  ;

fragment TOKEN_CHAR
  : ~[ \t\n\u000B\f\r\u001C-\u001F,\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000";@^`~()[\]{}\\]
  ;

fragment TOKEN_START
  : ~[ \t\n\u000B\f\r\u001C-\u001F,\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000";@^`~()[\]{}\\0-9+\-#']
  ;

fragment TOKEN_NONDIGIT
  : ~[ \t\n\u000B\f\r\u001C-\u001F,\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000";@^`~()[\]{}\\0-9]
  ;

fragment NUMBER_CHAR
  : ~[ \t\n\u000B\f\r\u001C-\u001F,\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000";@^`~()[\]{}\\'%#]
  ;

fragment TAG_START
  : ~[ \t\n\u000B\f\r\u001C-\u001F,\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000";@^`~()[\]{}\\#'_?:!=<]
  ;

fragment STRING_BODY
  : (~["\\] | '\\' .)*
  ;
