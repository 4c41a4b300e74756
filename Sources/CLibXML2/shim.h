#ifndef NEWSNLP_CLIBXML2_SHIM_H
#define NEWSNLP_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Swift's Foundation
   in the same module. NewsNLP never touches the ICU parts of libxml2's structs (encoding handlers
   stay opaque), so it reads the headers without them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>
#endif
