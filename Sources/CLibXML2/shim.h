// libxml2's HTML parser, used only by tests as a differential check of Storyline's parser.
// Its headers clash with ICU when Foundation is imported, so ICU support is switched off first.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
