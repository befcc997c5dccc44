#ifndef DAFU_CLIBXML2_SHIM_H
#define DAFU_CLIBXML2_SHIM_H
#include <libxml/xmlwriter.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#endif
