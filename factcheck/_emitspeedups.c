/* The JSON report's claims in C: factcheck._emitspeedups, an optional extension module.
 *
 * `claims(batch, texts, units, level)` writes a batch of ClaimResults as the JSON text that
 * report.data's claim items give through orjson (json.dumps(indent=2)'s layout, the items inside
 * an array at `level`, without the brackets: json_write._batch's bytes), with
 * no dict per item. It answers None for a batch holding anything it does not write exactly as
 * orjson would (a float whose shortest form has an exponent or is not finite, a lone surrogate,
 * an integer past 64 bits, a context with a repeated key, a field of an unexpected type), and
 * the caller then makes that batch's items in Python (formats/json_native.py). Floats: orjson
 * and Python's repr give the same shortest digits where repr writes no exponent. The text is
 * also escaped as escape.json_bytes escapes orjson's (DEL, C1 and bidi controls, noncharacters
 * as \u escapes), so it needs no pass of its own.
 */
#include "_native_common.h"

#define EXCERPT 200

typedef struct {
    char *data;
    Py_ssize_t size;
    Py_ssize_t capacity;
} Buffer;

static int grow(Buffer *b, Py_ssize_t more) {
    if (b->size + more <= b->capacity) return 0;
    Py_ssize_t capacity = b->capacity ? b->capacity : 1 << 16;
    while (capacity < b->size + more) capacity *= 2;
    char *data = PyMem_Realloc(b->data, capacity);
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->data = data;
    b->capacity = capacity;
    return 0;
}

static int put(Buffer *b, const char *s, Py_ssize_t n) {
    if (grow(b, n) < 0) return -1;
    memcpy(b->data + b->size, s, n);
    b->size += n;
    return 0;
}

#define PUT_LITERAL(b, s) put((b), (s), (Py_ssize_t)(sizeof(s) - 1))

/* A line feed and `depth` indents. */
static int newline(Buffer *b, int depth) {
    if (grow(b, 1 + 2 * (Py_ssize_t)depth) < 0) return -1;
    b->data[b->size++] = '\n';
    memset(b->data + b->size, ' ', 2 * (size_t)depth);
    b->size += 2 * depth;
    return 0;
}

/* The escape of a byte below 0x20, `"` or `\\` as orjson writes it (\b \t \n \f \r short, the
 * other C0 controls \u00xx); 0 for a byte written as it is. */
static unsigned char special[256];

static int put_escape(Buffer *b, unsigned int c) {
    char escape[8];
    int length = 2;
    escape[0] = '\\';
    switch (c) {
        case '"': escape[1] = '"'; break;
        case '\\': escape[1] = '\\'; break;
        case '\b': escape[1] = 'b'; break;
        case '\t': escape[1] = 't'; break;
        case '\n': escape[1] = 'n'; break;
        case '\f': escape[1] = 'f'; break;
        case '\r': escape[1] = 'r'; break;
        default:
            snprintf(escape, sizeof escape, "\\u%04x", c);
            length = 6;
    }
    return put(b, escape, length);
}

/* What escape.json_bytes escapes beyond ASCII (escape._UNSAFE less the C0 controls, DEL and
 * the surrogates, which are handled before): C1 controls, bidi controls and marks, zero-width
 * and invisible characters, line and paragraph separators, the byte order mark, interlinear
 * annotations, tag characters and the noncharacters. */
static int unsafe(Py_UCS4 c) {
    if (c <= 0x9f) return c >= 0x7f;
    if (c < 0x61c) return 0;
    if (c == 0x61c || c == 0x180e || c == 0xfeff) return 1;
    if ((c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e)) return 1;
    if (c >= 0x2060 && c <= 0x206f) return 1;
    if ((c >= 0xfdd0 && c <= 0xfdef) || (c >= 0xfff9 && c <= 0xfffb)) return 1;
    if ((c & 0xfffe) == 0xfffe) return 1;  /* U+nFFFE and U+nFFFF of every plane */
    return c >= 0xe0000 && c <= 0xe007f;
}

/* An unsafe character as escape._u_escape writes it: \uxxxx, a surrogate pair past the BMP. */
static int put_unsafe(Buffer *b, Py_UCS4 c) {
    char escape[16];
    int length;
    if (c < 0x10000) {
        length = snprintf(escape, sizeof escape, "\\u%04x", (unsigned int)c);
    } else {
        c -= 0x10000;
        length = snprintf(escape, sizeof escape, "\\u%04x\\u%04x", (unsigned int)(0xD800 + (c >> 10)),
                          (unsigned int)(0xDC00 + (c & 0x3FF)));
    }
    return put(b, escape, length);
}

/* Characters `start` to `end` of a str's storage (`data`, of the str's `kind`), escaped as
 * orjson escapes them (`"`, `\\` and C0 controls; everything else as its UTF-8), and as
 * escape.json_bytes escapes what it adds (``unsafe``), into room made before. Returns 1 for a
 * lone surrogate (orjson refuses it: the Python path decides), -1 on an error. The one escaping
 * loop: ``put_body`` inlines it once for each kind, so that each reads its own width. */
static inline Py_ALWAYS_INLINE int put_chars(Buffer *b, int kind, const void *data,
                                             Py_ssize_t start, Py_ssize_t end) {
    char *out = b->data + b->size;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 0x80) {
            if (special[c]) {
                b->size = out - b->data;
                if (put_escape(b, c) < 0) return -1;
                out = b->data + b->size;
            } else {
                *out++ = (char)c;
            }
        } else if (unsafe(c)) {
            b->size = out - b->data;
            if (put_unsafe(b, c) < 0) return -1;
            out = b->data + b->size;
        } else if (c < 0x800) {
            *out++ = (char)(0xC0 | (c >> 6));
            *out++ = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                b->size = out - b->data;
                return 1;
            }
            *out++ = (char)(0xE0 | (c >> 12));
            *out++ = (char)(0x80 | ((c >> 6) & 0x3F));
            *out++ = (char)(0x80 | (c & 0x3F));
        } else {
            *out++ = (char)(0xF0 | (c >> 18));
            *out++ = (char)(0x80 | ((c >> 12) & 0x3F));
            *out++ = (char)(0x80 | ((c >> 6) & 0x3F));
            *out++ = (char)(0x80 | (c & 0x3F));
        }
    }
    b->size = out - b->data;
    return 0;
}

/* Characters `start` to `end` of a str, escaped (``put_chars``), read from the str's own storage:
 * no substring or UTF-8 copy is made. 1 for a lone surrogate, -1 on an error. */
static int put_body(Buffer *b, PyObject *text, Py_ssize_t start, Py_ssize_t end) {
    const void *data = PyUnicode_DATA(text);
    /* At most 6 bytes an ASCII character (\u00xx), 12 beyond (an escaped surrogate pair). */
    if (grow(b, (PyUnicode_IS_ASCII(text) ? 6 : 12) * (end - start)) < 0) return -1;
    switch (PyUnicode_KIND(text)) {
        case PyUnicode_1BYTE_KIND: return put_chars(b, PyUnicode_1BYTE_KIND, data, start, end);
        case PyUnicode_2BYTE_KIND: return put_chars(b, PyUnicode_2BYTE_KIND, data, start, end);
        default: return put_chars(b, PyUnicode_4BYTE_KIND, data, start, end);
    }
}

/* Characters `start` to `end` of a str as one JSON string (``put_body`` quoted) after a
 * prefix of plain ASCII (``claim:``, or "" for none). */
static int put_text(Buffer *b, const char *prefix, PyObject *text, Py_ssize_t start,
                    Py_ssize_t end) {
    if (put(b, "\"", 1) < 0 || put(b, prefix, (Py_ssize_t)strlen(prefix)) < 0) return -1;
    int status = put_body(b, text, start, end);
    if (status) return status;
    return put(b, "\"", 1);
}

/* A whole str after a prefix (a StrEnum's member writes its value); 1 for anything else. */
static int put_prefixed(Buffer *b, const char *prefix, PyObject *text) {
    if (!PyUnicode_Check(text)) return 1;
    return put_text(b, prefix, text, 0, PyUnicode_GET_LENGTH(text));
}

/* A whole str; 1 for anything else. */
static int put_string(Buffer *b, PyObject *text) { return put_prefixed(b, "", text); }

/* A str, or null for None. */
static int put_optional_string(Buffer *b, PyObject *text) {
    if (text == Py_None) return PUT_LITERAL(b, "null");
    return put_string(b, text);
}

/* An int (not a bool) of 64 bits: 1 when it cannot be written here. */
static int put_int(Buffer *b, PyObject *number) {
    if (!PyLong_CheckExact(number)) return 1;
    int overflow;
    long long value = PyLong_AsLongLongAndOverflow(number, &overflow);
    if (overflow) return 1;
    if (value == -1 && PyErr_Occurred()) return -1;
    /* Written by hand: snprintf's format parsing cost more than the rest of the item's ints. */
    char digits[24];
    char *end = digits + sizeof digits, *at = end;
    unsigned long long magnitude = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    do {
        *--at = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0) *--at = '-';
    return put(b, at, end - at);
}

static int put_optional_int(Buffer *b, PyObject *number) {
    if (number == Py_None) return PUT_LITERAL(b, "null");
    return put_int(b, number);
}

/* A float as orjson writes it, where its shortest form has no exponent; 1 otherwise. */
static int put_float(Buffer *b, PyObject *number) {
    if (!PyFloat_CheckExact(number)) return 1;
    double value = PyFloat_AS_DOUBLE(number);
    if (!isfinite(value)) return 1;
    char *text = PyOS_double_to_string(value, 'r', 0, Py_DTSF_ADD_DOT_0, NULL);
    if (text == NULL) return -1;
    int status = strchr(text, 'e') != NULL ? 1 : put(b, text, (Py_ssize_t)strlen(text));
    PyMem_Free(text);
    return status;
}

/* A tuple as an array at `depth` (its items one deeper), each item written by `put_item`
 * (``put_int``, ``put_string``); 1 for anything else. */
static int put_array(Buffer *b, PyObject *items, int depth,
                     int (*put_item)(Buffer *, PyObject *)) {
    if (!PyTuple_CheckExact(items)) return 1;
    Py_ssize_t n = PyTuple_GET_SIZE(items);
    if (n == 0) return PUT_LITERAL(b, "[]");
    if (put(b, "[", 1) < 0) return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i && put(b, ",", 1) < 0) return -1;
        if (newline(b, depth + 1) < 0) return -1;
        int status = put_item(b, PyTuple_GET_ITEM(items, i));
        if (status) return status;
    }
    if (newline(b, depth) < 0) return -1;
    return put(b, "]", 1);
}

/* A context (a tuple of (key, value) str pairs) as `dict(context)` writes: 1 when a key repeats
 * (dict() would keep the first place and the last value) or a part is not a str pair. */
static int put_context(Buffer *b, PyObject *context, int depth) {
    if (!PyTuple_CheckExact(context)) return 1;
    Py_ssize_t n = PyTuple_GET_SIZE(context);
    if (n == 0) return PUT_LITERAL(b, "{}");
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *pair = PyTuple_GET_ITEM(context, i);
        if (!PyTuple_CheckExact(pair) || PyTuple_GET_SIZE(pair) != 2) return 1;
        if (!PyUnicode_CheckExact(PyTuple_GET_ITEM(pair, 0))) return 1;
        for (Py_ssize_t j = 0; j < i; j++) {
            int same = PyUnicode_Compare(
                PyTuple_GET_ITEM(PyTuple_GET_ITEM(context, j), 0), PyTuple_GET_ITEM(pair, 0));
            if (same == -1 && PyErr_Occurred()) return -1;
            if (same == 0) return 1;
        }
    }
    if (put(b, "{", 1) < 0) return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *pair = PyTuple_GET_ITEM(context, i);
        if (i && put(b, ",", 1) < 0) return -1;
        if (newline(b, depth + 1) < 0) return -1;
        int status = put_string(b, PyTuple_GET_ITEM(pair, 0));
        if (status) return status;
        if (PUT_LITERAL(b, ": ") < 0) return -1;
        status = put_string(b, PyTuple_GET_ITEM(pair, 1));
        if (status) return status;
    }
    if (newline(b, depth) < 0) return -1;
    return put(b, "}", 1);
}

/* A member's key at `depth`, after a comma unless it is the first. */
static int key(Buffer *b, const char *name, int depth, int first) {
    if (!first && put(b, ",", 1) < 0) return -1;
    if (newline(b, depth) < 0) return -1;
    if (put(b, "\"", 1) < 0) return -1;
    if (put(b, name, (Py_ssize_t)strlen(name)) < 0) return -1;
    return PUT_LITERAL(b, "\": ");
}

/* The attribute names, interned at import (``NAMES``). */
enum {
    CLAIM, LOCATION, STATUS, GROUP, ID, SOURCE, SUBJECT, VALUE, TEXT, LABEL, QUOTE, CONTEXT,
    CITES, REVIEW, NOTE, QUANTITY, LO, HI, QUALIFIER, SPAN, FOCUS, LINE, COLUMN, NAME_COUNT
};
static PyObject *names[NAME_COUNT];
static const Interned NAMES[] = {
    {&names[CLAIM], "claim"},       {&names[LOCATION], "location"}, {&names[STATUS], "status"},
    {&names[GROUP], "group"},       {&names[ID], "id"},             {&names[SOURCE], "source"},
    {&names[SUBJECT], "subject"},   {&names[VALUE], "value"},       {&names[TEXT], "text"},
    {&names[LABEL], "label"},       {&names[QUOTE], "quote"},       {&names[CONTEXT], "context"},
    {&names[CITES], "cites"},       {&names[REVIEW], "review"},     {&names[NOTE], "note"},
    {&names[QUANTITY], "quantity"}, {&names[LO], "lo"},             {&names[HI], "hi"},
    {&names[QUALIFIER], "qualifier"}, {&names[SPAN], "span"},       {&names[FOCUS], "focus"},
    {&names[LINE], "line"},         {&names[COLUMN], "column"},
};

/* Attributes read for one item, released together. */
typedef struct {
    PyObject *claim, *location, *status, *group, *id, *source, *subject, *value, *value_text,
        *label, *quote, *context, *cites, *review, *note, *quantity, *lo, *hi, *qualifier, *span,
        *focus, *line, *column;
} Parts;

static void release(Parts *p) {
    PyObject **all = (PyObject **)p;
    for (size_t i = 0; i < sizeof(Parts) / sizeof(PyObject *); i++) Py_CLEAR(all[i]);
}

#define GET(target, object, name)                                    \
    do {                                                             \
        (target) = PyObject_GetAttr((object), names[name]);          \
        if ((target) == NULL) return -1;                             \
    } while (0)

/* Writes status: 0 done, 1 not writable here, -1 error. */
#define TRY(call)                       \
    do {                                \
        int status_ = (call);           \
        if (status_) return status_;    \
    } while (0)

/* The excerpts around a span: `text[max(0, start - EXCERPT):start]` and
 * `text[end:end + EXCERPT]`, found in `from` and `to`; 1 unless the span lies in the text. */
static int excerpt_ends(PyObject *span, PyObject *text, Py_ssize_t *start, Py_ssize_t *end) {
    if (!PyUnicode_Check(text) || !PyTuple_CheckExact(span) || PyTuple_GET_SIZE(span) != 2)
        return 1;
    *start = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0));
    if (*start == -1 && PyErr_Occurred()) return -1;
    *end = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
    if (*end == -1 && PyErr_Occurred()) return -1;
    if (*start < 0 || *end < *start || *end > PyUnicode_GET_LENGTH(text)) return 1;
    return 0;
}

static int item(Buffer *b, PyObject *result, PyObject *texts, PyObject *units, int depth,
                Parts *p) {
    PyObject *text = NULL;
    Py_ssize_t start = 0, end = 0;
    GET(p->claim, result, CLAIM);
    GET(p->location, result, LOCATION);
    GET(p->status, result, STATUS);
    GET(p->group, result, GROUP);
    GET(p->id, p->claim, ID);
    GET(p->source, p->claim, SOURCE);
    GET(p->subject, p->claim, SUBJECT);
    GET(p->value, p->claim, VALUE);
    GET(p->value_text, p->value, TEXT);
    GET(p->quote, p->claim, QUOTE);
    GET(p->context, p->claim, CONTEXT);
    GET(p->cites, p->claim, CITES);
    GET(p->review, p->claim, REVIEW);
    GET(p->note, p->claim, NOTE);
    GET(p->quantity, p->claim, QUANTITY);
    if (p->location != Py_None) {
        GET(p->span, p->location, SPAN);
        GET(p->focus, p->location, FOCUS);
        GET(p->line, p->location, LINE);
        GET(p->column, p->location, COLUMN);
        text = PyDict_GetItemWithError(texts, p->source);  /* borrowed */
        if (text == NULL) return PyErr_Occurred() ? -1 : 1;
        TRY(excerpt_ends(p->span, text, &start, &end));
    }
    int inner = depth + 1;
    if (newline(b, depth) < 0 || put(b, "{", 1) < 0) return -1;
    TRY(key(b, "id", inner, 1));
    TRY(put_string(b, p->id));
    TRY(key(b, "source", inner, 0));
    TRY(put_string(b, p->source));
    TRY(key(b, "subject", inner, 0));
    TRY(put_string(b, p->subject));
    TRY(key(b, "value", inner, 0));
    if (put(b, "{", 1) < 0) return -1;
    TRY(key(b, "text", inner + 1, 1));
    TRY(put_string(b, p->value_text));
    if (p->quantity == Py_None) {
        GET(p->label, p->value, LABEL);
        TRY(key(b, "label", inner + 1, 0));
        TRY(put_optional_string(b, p->label));
        TRY(key(b, "low", inner + 1, 0));
        TRY(PUT_LITERAL(b, "null"));
        TRY(key(b, "high", inner + 1, 0));
        TRY(PUT_LITERAL(b, "null"));
        TRY(key(b, "unit", inner + 1, 0));
        TRY(PUT_LITERAL(b, "null"));
    } else {
        GET(p->lo, p->quantity, LO);
        GET(p->hi, p->quantity, HI);
        GET(p->qualifier, p->quantity, QUALIFIER);
        PyObject *unit = PyDict_GetItemWithError(units, p->subject);  /* borrowed */
        if (unit == NULL) return PyErr_Occurred() ? -1 : 1;
        TRY(key(b, "low", inner + 1, 0));
        TRY(put_float(b, p->lo));
        TRY(key(b, "high", inner + 1, 0));
        TRY(put_float(b, p->hi));
        TRY(key(b, "unit", inner + 1, 0));
        TRY(put_optional_string(b, unit));
        TRY(key(b, "qualifier", inner + 1, 0));
        TRY(put_string(b, p->qualifier));  /* a StrEnum: its str is its value */
    }
    if (newline(b, inner) < 0 || put(b, "}", 1) < 0) return -1;
    TRY(key(b, "quote", inner, 0));
    TRY(put_string(b, p->quote));
    if (p->location != Py_None) {
        TRY(key(b, "span", inner, 0));
        TRY(put_array(b, p->span, inner, put_int));
        TRY(key(b, "focus", inner, 0));
        /* `list(focus) if focus else None` */
        if (p->focus == Py_None || (PyTuple_CheckExact(p->focus) && PyTuple_GET_SIZE(p->focus) == 0))
            TRY(PUT_LITERAL(b, "null"));
        else
            TRY(put_array(b, p->focus, inner, put_int));
        TRY(key(b, "line", inner, 0));
        TRY(put_optional_int(b, p->line));
        TRY(key(b, "column", inner, 0));
        TRY(put_optional_int(b, p->column));
    } else {
        TRY(key(b, "span", inner, 0));
        TRY(PUT_LITERAL(b, "null"));
        TRY(key(b, "focus", inner, 0));
        TRY(PUT_LITERAL(b, "null"));
        TRY(key(b, "line", inner, 0));
        TRY(PUT_LITERAL(b, "null"));
        TRY(key(b, "column", inner, 0));
        TRY(PUT_LITERAL(b, "null"));
    }
    TRY(key(b, "status", inner, 0));
    TRY(put_string(b, p->status));
    TRY(key(b, "group", inner, 0));
    TRY(put_optional_string(b, p->group));
    TRY(key(b, "context", inner, 0));
    TRY(put_context(b, p->context, inner));
    TRY(key(b, "cites", inner, 0));
    TRY(put_array(b, p->cites, inner, put_string));
    TRY(key(b, "review", inner, 0));
    TRY(put_string(b, p->review));
    TRY(key(b, "note", inner, 0));
    TRY(put_optional_string(b, p->note));
    TRY(key(b, "excerpt", inner, 0));
    if (put(b, "{", 1) < 0) return -1;
    TRY(key(b, "before", inner + 1, 1));
    if (text != NULL) {
        Py_ssize_t length = PyUnicode_GET_LENGTH(text);
        TRY(put_text(b, "", text, start > EXCERPT ? start - EXCERPT : 0, start));
        TRY(key(b, "after", inner + 1, 0));
        TRY(put_text(b, "", text, end, end + EXCERPT < length ? end + EXCERPT : length));
    } else {
        TRY(PUT_LITERAL(b, "\"\""));
        TRY(key(b, "after", inner + 1, 0));
        TRY(PUT_LITERAL(b, "\"\""));
    }
    if (newline(b, inner) < 0 || put(b, "}", 1) < 0) return -1;
    if (newline(b, depth) < 0) return -1;
    return put(b, "}", 1);
}

static Buffer shared;
static PyObject *answer(int status);

static PyObject *claims(PyObject *Py_UNUSED(module), PyObject *args) {
    PyObject *batch, *texts, *units;
    int level;
    if (!PyArg_ParseTuple(args, "O!O!O!i", &PyList_Type, &batch, &PyDict_Type, &texts,
                          &PyDict_Type, &units, &level))
        return NULL;
    int status = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(batch) && status == 0; i++) {
        if (i && put(&shared, ",", 1) < 0) {
            status = -1;
            break;
        }
        Parts parts = {0};
        status = item(&shared, PyList_GET_ITEM(batch, i), texts, units, level + 1, &parts);
        release(&parts);
    }
    return answer(status);
}

/* The buffer every call writes into (the GIL is held throughout): a batch's text is written
 * where the previous one was, not into fresh pages of a new allocation each time. */
static Buffer shared = {NULL, 0, 0};

/* The buffer's text as bytes (status 0), None (1) or the error (-1); then emptied. */
static PyObject *answer(int status) {
    PyObject *made = NULL;
    if (status == 0)
        made = PyBytes_FromStringAndSize(shared.data ? shared.data : "", shared.size);
    else if (status == 1)
        made = Py_NewRef(Py_None);
    shared.size = 0;
    if (shared.capacity > (1 << 24)) {  /* an outsized batch: its memory is not kept */
        PyMem_Free(shared.data);
        shared.data = NULL;
        shared.capacity = 0;
    }
    return made;
}

/* One claim's graph node (report.data's ``_claim_nodes``). */
static int node(Buffer *b, PyObject *claim_id, PyObject *result, int depth) {
    int inner = depth + 1;
    PyObject *claim = NULL, *status = NULL, *source = NULL, *subject = NULL, *value = NULL,
             *text = NULL;
    int done = -1;
    if ((claim = PyObject_GetAttr(result, names[CLAIM])) == NULL) goto end;
    if ((status = PyObject_GetAttr(result, names[STATUS])) == NULL) goto end;
    if ((source = PyObject_GetAttr(claim, names[SOURCE])) == NULL) goto end;
    if ((subject = PyObject_GetAttr(claim, names[SUBJECT])) == NULL) goto end;
    if ((value = PyObject_GetAttr(claim, names[VALUE])) == NULL) goto end;
    if ((text = PyObject_GetAttr(value, names[TEXT])) == NULL) goto end;
#define STEP(call)                    \
    if ((done = (call)) != 0) goto end
    STEP(newline(b, depth));
    STEP(put(b, "{", 1));
    STEP(key(b, "id", inner, 1));
    STEP(put_prefixed(b, "claim:", claim_id));
    STEP(key(b, "type", inner, 0));
    STEP(PUT_LITERAL(b, "\"claim\""));
    STEP(key(b, "label", inner, 0));
    STEP(put_string(b, claim_id));
    STEP(key(b, "source", inner, 0));
    STEP(put_string(b, source));
    STEP(key(b, "subject", inner, 0));
    STEP(put_string(b, subject));
    STEP(key(b, "value", inner, 0));
    STEP(put_string(b, text));
    STEP(key(b, "status", inner, 0));
    STEP(put_string(b, status));
    STEP(newline(b, depth));
    STEP(put(b, "}", 1));
#undef STEP
end:
    Py_XDECREF(claim);
    Py_XDECREF(status);
    Py_XDECREF(source);
    Py_XDECREF(subject);
    Py_XDECREF(value);
    Py_XDECREF(text);
    return done;
}

static PyObject *claim_nodes(PyObject *Py_UNUSED(module), PyObject *args) {
    PyObject *batch;
    int level;
    if (!PyArg_ParseTuple(args, "O!i", &PyList_Type, &batch, &level)) return NULL;
    int status = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(batch) && status == 0; i++) {
        PyObject *pair = PyList_GET_ITEM(batch, i);
        if (!PyTuple_CheckExact(pair) || PyTuple_GET_SIZE(pair) != 2) {
            status = 1;
            break;
        }
        if (i && put(&shared, ",", 1) < 0) {
            status = -1;
            break;
        }
        status = node(&shared, PyTuple_GET_ITEM(pair, 0), PyTuple_GET_ITEM(pair, 1), level + 1);
    }
    return answer(status);
}

/* Each claim's edge to its group (``graph_edges``'s first part), for the ids in `batch` that
 * `member_of` maps; the others have none. */
static PyObject *member_edges(PyObject *Py_UNUSED(module), PyObject *args) {
    PyObject *batch, *member_of;
    int level;
    if (!PyArg_ParseTuple(args, "O!O!i", &PyList_Type, &batch, &PyDict_Type, &member_of, &level))
        return NULL;
    int status = 0, depth = level + 1, inner = level + 2, first = 1;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(batch) && status == 0; i++) {
        PyObject *claim_id = PyList_GET_ITEM(batch, i);
        PyObject *member = PyDict_GetItemWithError(member_of, claim_id);  /* borrowed */
        if (member == NULL) {
            if (PyErr_Occurred()) status = -1;
            continue;
        }
#define STEP(call)                      \
    if ((status = (call)) != 0) break
        if (!first) STEP(put(&shared, ",", 1));
        first = 0;
        STEP(newline(&shared, depth));
        STEP(put(&shared, "{", 1));
        STEP(key(&shared, "source", inner, 1));
        STEP(put_prefixed(&shared, "claim:", claim_id));
        STEP(key(&shared, "target", inner, 0));
        STEP(put_string(&shared, member));
        STEP(key(&shared, "relation", inner, 0));
        STEP(PUT_LITERAL(&shared, "\"member\""));
        STEP(newline(&shared, depth));
        STEP(put(&shared, "}", 1));
#undef STEP
    }
    return answer(status);
}

static PyMethodDef methods[] = {
    {"claim_nodes", claim_nodes, METH_VARARGS,
     "claim_nodes(batch, level): the JSON of a batch of (claim id, result) graph nodes, or None."},
    {"member_edges", member_edges, METH_VARARGS,
     "member_edges(ids, member_of, level): the JSON of the claims' edges to their groups."},
    {"claims", claims, METH_VARARGS,
     "claims(batch, texts, units, level): the JSON of a batch of claim results, or None."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = MODULE_DEF(
    "factcheck._emitspeedups",
    "The JSON report's claim items in C (see factcheck/formats/json_native.py).", methods);

PyMODINIT_FUNC PyInit__emitspeedups(void) {
    for (int c = 0; c < 0x20; c++) special[c] = 1;
    special['"'] = special['\\'] = special[0x7f] = 1;
    return create_module(&module_def, NAMES, COUNT_OF(NAMES));
}
