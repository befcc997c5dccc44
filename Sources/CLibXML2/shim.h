#ifndef DAFU_CLIBXML2_SHIM_H
#define DAFU_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers would pull the system's unicode/*.h, which
   clash with the copy Foundation ships. dafu uses no ICU-specific libxml2 API. */
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#endif
