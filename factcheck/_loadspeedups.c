/* factcheck._loadspeedups: the claims loader's common case in C.
 *
 * The reference is Python: factcheck/corpus/yamlread.py (``_is_plain``), the pydantic
 * ``ClaimModel`` of factcheck/corpus/schema.py and ``_Builder._claims`` / ``_claim`` of
 * factcheck/corpus/load.py. factcheck/corpus/native.py decides when to ask; every answer here
 * is the Python one's or "ask Python":
 *
 * - ``plain(root, max_depth, big)``: ``_is_plain``; None when it cannot tell (an int not
 *   strictly between -big and big, where big is at most BIG_INT), and Python walks.
 * - ``simple_claims(part)``: whether every raw item of a chunk of claims is one the
 *   ``ClaimModel`` accepts as it is, in the shapes answered here (exact types, ids written in
 *   ASCII as ``ID_PATTERN``, no ``cites`` or ``accept``): a stricter test than pydantic's, so a
 *   True means pydantic would raise no error on the chunk. False: the chunk goes to pydantic.
 * - ``claims(part, position, out, state)``: from ``position``, each item's ``Claim`` as ``_claim``
 *   makes it, appended to ``out``, while the claim needs no Python: it stops at the first item
 *   that is rejected, names an unknown or unusable source or subject, or writes a value not yet
 *   in the loader's cache of valid values, and returns that item's position. Python handles
 *   that item (and may report it) and asks again from the next one.
 */
#include "_native_common.h"

/* -- the vouching walk ---------------------------------------------------------------------- */

static int walk(PyObject *node, long depth, long max_depth, long long big);

/* One value of a mapping or list: 1 plain, 0 not, -1 unknown (Python decides). */
static int plain_value(PyObject *value, long depth, long max_depth, long long big) {
    if (PyUnicode_CheckExact(value))
        /* yaml-rs reads an empty block scalar as "\n": the precise path decides those */
        return !(PyUnicode_GET_LENGTH(value) > 0 && PyUnicode_READ_CHAR(value, 0) == '\n');
    if (PyDict_CheckExact(value) || PyList_CheckExact(value))
        return walk(value, depth + 1, max_depth, big);
    if (PyLong_CheckExact(value)) {
        int overflow;
        long long n = PyLong_AsLongLongAndOverflow(value, &overflow);
        if (overflow || (n == -1 && PyErr_Occurred())) {
            PyErr_Clear();
            return -1; /* compared with BIG_INT in Python */
        }
        return -big < n && n < big ? 1 : -1; /* beyond `big`: compared in Python */
    }
    return PyFloat_CheckExact(value) || PyBool_Check(value) || value == Py_None;
}

/* A mapping or list at `depth`: 1 plain, 0 not, -1 unknown. A 0 anywhere is certain, so the
 * walk goes on past an unknown. */
static int walk(PyObject *node, long depth, long max_depth, long long big) {
    if (depth > max_depth)
        return 0;
    int result = 1, answer;
    if (PyDict_CheckExact(node)) {
        PyObject *key, *value;
        Py_ssize_t at = 0;
        while (PyDict_Next(node, &at, &key, &value))
            if (!PyUnicode_CheckExact(key))
                return 0;
        at = 0;
        while (PyDict_Next(node, &at, &key, &value)) {
            if ((answer = plain_value(value, depth, max_depth, big)) == 0)
                return 0;
            if (answer < 0)
                result = -1;
        }
        return result;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(node); i++) {
        if ((answer = plain_value(PyList_GET_ITEM(node, i), depth, max_depth, big)) == 0)
            return 0;
        if (answer < 0)
            result = -1;
    }
    return result;
}

static PyObject *plain(PyObject *self, PyObject *args) {
    PyObject *root;
    long max_depth;
    long long big;
    if (!PyArg_ParseTuple(args, "OlL", &root, &max_depth, &big))
        return NULL;
    if (!PyDict_CheckExact(root) && !PyList_CheckExact(root))
        Py_RETURN_NONE;
    int answer = walk(root, 1, max_depth, big);
    if (answer < 0)
        Py_RETURN_NONE;
    return PyBool_FromLong(answer);
}

/* -- claims --------------------------------------------------------------------------------- */

static PyObject *str_id, *str_source, *str_subject, *str_value, *str_quote, *str_status,
    *str_context, *str_note, *str_link_chance, *str_rejected, *str_reviewed, *str_draft,
    *str_ignored, *str_true, *str_false, *empty_tuple;

/* An exact str that pydantic's strict str takes: no lone surrogate (pydantic reads it as UTF-8). */
static int clean_str(PyObject *s) {
    if (!PyUnicode_CheckExact(s))
        return 0;
    int kind = PyUnicode_KIND(s);
    if (kind == PyUnicode_1BYTE_KIND)
        return 1;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    const void *data = PyUnicode_DATA(s);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 0xD800 && c <= 0xDFFF)
            return 0;
    }
    return 1;
}

/* schema.ID_PATTERN, ^[a-z0-9][a-z0-9._-]*$, on an ASCII str. */
static int is_id(PyObject *s) {
    if (!PyUnicode_CheckExact(s) || !PyUnicode_IS_ASCII(s))
        return 0;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    const char *c = (const char *)PyUnicode_DATA(s);
    if (n == 0 || !((c[0] >= 'a' && c[0] <= 'z') || (c[0] >= '0' && c[0] <= '9')))
        return 0;
    for (Py_ssize_t i = 1; i < n; i++) {
        char x = c[i];
        if (!((x >= 'a' && x <= 'z') || (x >= '0' && x <= '9') || x == '.' || x == '_' || x == '-'))
            return 0;
    }
    return 1;
}

/* schema.Scalar (StrictStr | StrictInt | StrictFloat | StrictBool), exact types only. */
static int is_scalar(PyObject *v) {
    return clean_str(v) || PyLong_CheckExact(v) || PyFloat_CheckExact(v) || PyBool_Check(v);
}

static int is_status(PyObject *v) {
    if (!PyUnicode_CheckExact(v))
        return 0;
    return PyUnicode_Compare(v, str_reviewed) == 0 || PyUnicode_Compare(v, str_draft) == 0 ||
           PyUnicode_Compare(v, str_ignored) == 0 || PyUnicode_Compare(v, str_rejected) == 0;
}

/* One raw claim that ClaimModel takes as it is (see simple_claims). */
static int simple_claim(PyObject *item) {
    if (!PyDict_CheckExact(item))
        return 0;
    int required = 0;
    PyObject *key, *value;
    Py_ssize_t at = 0;
    while (PyDict_Next(item, &at, &key, &value)) {
        if (!PyUnicode_CheckExact(key))
            return 0;
        if (PyUnicode_Compare(key, str_id) == 0 || PyUnicode_Compare(key, str_source) == 0 ||
            PyUnicode_Compare(key, str_subject) == 0) {
            if (!is_id(value))
                return 0;
            required++;
        } else if (PyUnicode_Compare(key, str_value) == 0) {
            if (!(clean_str(value) || PyLong_CheckExact(value) || PyFloat_CheckExact(value)))
                return 0;
            required++;
        } else if (PyUnicode_Compare(key, str_quote) == 0) {
            if (!clean_str(value) || PyUnicode_GET_LENGTH(value) < 1)
                return 0;
            required++;
        } else if (PyUnicode_Compare(key, str_status) == 0) {
            if (!is_status(value))
                return 0;
        } else if (PyUnicode_Compare(key, str_note) == 0) {
            if (value != Py_None && !clean_str(value))
                return 0;
        } else if (PyUnicode_Compare(key, str_link_chance) == 0) {
            if (PyFloat_CheckExact(value)) {
                double x = PyFloat_AS_DOUBLE(value);
                if (!(x >= 0.0 && x <= 1.0))
                    return 0;
            } else if (PyLong_CheckExact(value)) {
                int overflow;
                long n = PyLong_AsLongAndOverflow(value, &overflow);
                if (overflow || (n != 0 && n != 1))
                    return 0;
            } else if (value != Py_None) {
                return 0;
            }
        } else if (PyUnicode_Compare(key, str_context) == 0) {
            if (!PyDict_CheckExact(value))
                return 0;
            PyObject *k, *v;
            Py_ssize_t c = 0;
            while (PyDict_Next(value, &c, &k, &v))
                if (!clean_str(k) || !is_scalar(v))
                    return 0;
        } else {
            return 0; /* cites, accept, an unknown key: pydantic and Python */
        }
    }
    return required == 5; /* id, source, subject, value, quote (keys of a dict are distinct) */
}

static PyObject *simple_claims(PyObject *self, PyObject *part) {
    if (!PyList_CheckExact(part)) {
        PyErr_SetString(PyExc_TypeError, "simple_claims takes a list");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(part); i++)
        if (!simple_claim(PyList_GET_ITEM(part, i)))
            Py_RETURN_FALSE;
    Py_RETURN_TRUE;
}

/* load._context_text of an exact str in ASCII: stripped of white space (as str.strip sees
 * ASCII) and in lower case. */
static int ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static PyObject *ascii_folded(PyObject *text) {
    const char *c = (const char *)PyUnicode_DATA(text);
    Py_ssize_t start = 0, end = PyUnicode_GET_LENGTH(text);
    while (start < end && ascii_space(c[start]))
        start++;
    while (end > start && ascii_space(c[end - 1]))
        end--;
    PyObject *folded = PyUnicode_New(end - start, 127);
    if (folded == NULL)
        return NULL;
    char *out = (char *)PyUnicode_DATA(folded);
    for (Py_ssize_t i = start; i < end; i++)
        out[i - start] = c[i] >= 'A' && c[i] <= 'Z' ? c[i] + ('a' - 'A') : c[i];
    return folded;
}

/* load._context: the sorted (key, text) pairs of a claim's context; the text of a value other
 * than a bool or a str in ASCII made by `context_text` (load._context_text). */
static PyObject *make_context(PyObject *written, PyObject *context_text) {
    PyObject *pairs = PyList_New(0);
    if (pairs == NULL)
        return NULL;
    PyObject *key, *value;
    Py_ssize_t at = 0;
    while (PyDict_Next(written, &at, &key, &value)) {
        PyObject *text;
        if (PyBool_Check(value))
            text = Py_NewRef(value == Py_True ? str_true : str_false);
        else if (PyUnicode_CheckExact(value) && PyUnicode_IS_ASCII(value))
            text = ascii_folded(value);
        else
            text = PyObject_CallOneArg(context_text, value);
        PyObject *pair = text == NULL ? NULL : PyTuple_Pack(2, key, text);
        Py_XDECREF(text);
        if (pair == NULL || PyList_Append(pairs, pair) < 0) {
            Py_XDECREF(pair);
            Py_DECREF(pairs);
            return NULL;
        }
        Py_DECREF(pair);
    }
    if (PyList_Sort(pairs) < 0) {
        Py_DECREF(pairs);
        return NULL;
    }
    PyObject *context = PyList_AsTuple(pairs);
    Py_DECREF(pairs);
    return context;
}

/* A new Claim: through its slots' descriptors when `setters` holds them (as quick_init's
 * __init__ stores the fields, without its Python frame), else by calling the class. */
static PyObject *new_claim(PyObject *claim_type, PyObject *setters, PyObject **args) {
    if (setters == Py_None)
        return PyObject_Vectorcall(claim_type, args, 14, NULL);
    PyTypeObject *type = (PyTypeObject *)claim_type;
    PyObject *claim = type->tp_alloc(type, 0);
    if (claim == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < 14; i++) {
        PyObject *setter = PyTuple_GET_ITEM(setters, i);
        if (Py_TYPE(setter)->tp_descr_set(setter, claim, args[i]) < 0) {
            Py_DECREF(claim);
            return NULL;
        }
    }
    return claim;
}

/* The claim at `item` as _Builder._claim makes it: a new reference, NULL after an error, or
 * Py_None (borrowed, not increfed) when Python must handle it. */
static PyObject *one_claim(PyObject *item, Py_ssize_t index, PyObject *state) {
    PyObject *known_sources = PyTuple_GET_ITEM(state, 0);
    PyObject *known_subjects = PyTuple_GET_ITEM(state, 1);
    PyObject *sources = PyTuple_GET_ITEM(state, 2);
    PyObject *source_ids = PyTuple_GET_ITEM(state, 3);
    PyObject *subjects = PyTuple_GET_ITEM(state, 4);
    PyObject *valid = PyTuple_GET_ITEM(state, 5);
    PyObject *claim_type = PyTuple_GET_ITEM(state, 6);
    PyObject *reviews = PyTuple_GET_ITEM(state, 7);
    PyObject *context_text = PyTuple_GET_ITEM(state, 8);
    PyObject *file = PyTuple_GET_ITEM(state, 9);
    PyObject *setters = PyTuple_GET_ITEM(state, 10);
    PyObject *shapes = PyTuple_GET_ITEM(state, 11);

    PyObject *status = PyDict_GetItemWithError(item, str_status);
    if (status == NULL && PyErr_Occurred())
        return NULL;
    if (status == NULL)
        status = str_reviewed;
    if (PyUnicode_Compare(status, str_rejected) == 0)
        return Py_None;
    PyObject *source = PyDict_GetItemWithError(item, str_source);
    PyObject *subject = PyDict_GetItemWithError(item, str_subject);
    PyObject *raw = PyDict_GetItemWithError(item, str_value);
    if (source == NULL || subject == NULL || raw == NULL)
        return PyErr_Occurred() ? NULL : Py_None;
    int known = PySet_Contains(known_sources, source);
    if (known <= 0)
        return known < 0 ? NULL : Py_None;
    known = PySet_Contains(known_subjects, subject);
    if (known <= 0)
        return known < 0 ? NULL : Py_None;
    PyObject *subject_object = PyDict_GetItemWithError(subjects, subject);
    if (subject_object == NULL)
        return PyErr_Occurred() ? NULL : Py_None;
    PyObject *source_id = PyDict_GetItemWithError(source_ids, source);
    if (source_id == NULL)
        return PyErr_Occurred() ? NULL : Py_None;
    known = PyDict_Contains(sources, source);
    if (known <= 0)
        return known < 0 ? NULL : Py_None;
    /* _claim's cache key: (type(raw), raw, the subject's shape) */
    PyObject *shape = PyDict_GetItemWithError(shapes, subject);
    if (shape == NULL)
        return PyErr_Occurred() ? NULL : Py_None;
    PyObject *key = PyTuple_Pack(3, (PyObject *)Py_TYPE(raw), raw, shape);
    if (key == NULL)
        return NULL;
    PyObject *found = PyDict_GetItemWithError(valid, key);
    Py_DECREF(key);
    if (found == NULL)
        return PyErr_Occurred() ? NULL : Py_None;
    if (!PyTuple_CheckExact(found) || PyTuple_GET_SIZE(found) != 2)
        return Py_None;
    PyObject *review = PyDict_GetItemWithError(reviews, status);
    if (review == NULL)
        return PyErr_Occurred() ? NULL : Py_None;
    PyObject *subject_id = PyObject_GetAttr(subject_object, str_id);
    if (subject_id == NULL)
        return NULL;
    PyObject *context;
    PyObject *written = PyDict_GetItemWithError(item, str_context);
    if (written == NULL && PyErr_Occurred()) {
        Py_DECREF(subject_id);
        return NULL;
    }
    if (written != NULL && PyDict_GET_SIZE(written) > 0) {
        context = make_context(written, context_text);
        if (context == NULL) {
            Py_DECREF(subject_id);
            return NULL;
        }
    } else {
        context = Py_NewRef(empty_tuple);
    }
    PyObject *note = PyDict_GetItemWithError(item, str_note);
    PyObject *chance = note == NULL && PyErr_Occurred() ? NULL : PyDict_GetItemWithError(item, str_link_chance);
    PyObject *number = PyErr_Occurred() ? NULL : PyLong_FromSsize_t(index);
    if (number == NULL) {
        Py_DECREF(subject_id);
        Py_DECREF(context);
        return NULL;
    }
    /* Claim(id, source, subject, value, quantity, quote, context, cites, review, note, accept,
     * index, claims_file, link_chance) */
    PyObject *args[14] = {
        PyDict_GetItem(item, str_id),
        source_id,
        subject_id,
        PyTuple_GET_ITEM(found, 0),
        PyTuple_GET_ITEM(found, 1),
        PyDict_GetItem(item, str_quote),
        context,
        empty_tuple,
        review,
        note ? note : Py_None,
        empty_tuple,
        number,
        file,
        chance ? chance : Py_None,
    };
    PyObject *claim = new_claim(claim_type, setters, args);
    Py_DECREF(subject_id);
    Py_DECREF(context);
    Py_DECREF(number);
    return claim;
}

static PyObject *claims(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 5 || !PyList_CheckExact(args[0]) || !PyList_CheckExact(args[2]) ||
        !PyTuple_CheckExact(args[3]) || PyTuple_GET_SIZE(args[3]) != 12) {
        PyErr_SetString(PyExc_TypeError, "claims(part, position, out, state, start)");
        return NULL;
    }
    PyObject *part = args[0], *out = args[2], *state = args[3];
    Py_ssize_t position = PyLong_AsSsize_t(args[1]);
    Py_ssize_t start = PyLong_AsSsize_t(args[4]);
    if (PyErr_Occurred())
        return NULL;
    for (; position < PyList_GET_SIZE(part); position++) {
        PyObject *claim = one_claim(PyList_GET_ITEM(part, position), start + position, state);
        if (claim == NULL)
            return NULL;
        if (claim == Py_None)
            break;
        int failed = PyList_Append(out, claim);
        Py_DECREF(claim);
        if (failed)
            return NULL;
    }
    return PyLong_FromSsize_t(position);
}

/* -- a source's text ------------------------------------------------------------------------ */

typedef struct {
    long long *at;
    Py_ssize_t count, room;
} Offsets;

static int add(Offsets *list, long long value) {
    if (list->count == list->room) {
        Py_ssize_t room = list->room ? 2 * list->room : 256;
        long long *at = PyMem_Realloc(list->at, room * sizeof(long long));
        if (at == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        list->at = at;
        list->room = room;
    }
    list->at[list->count++] = value;
    return 0;
}

static PyObject *as_bytes(Offsets *list) {
    return PyBytes_FromStringAndSize((const char *)list->at, list->count * sizeof(long long));
}

/* documents.Text's index of a text whose typography is already plain (documents._plain), in
 * the common case documents._collapsible finds from its line breaks: no two spaces in a row,
 * and every character printable but the line breaks. Returns (line starts, normalized text,
 * break_normal, break_original), the arrays as the bytes of int64s; None otherwise. */
static PyObject *text_index(PyObject *self, PyObject *text) {
    (void)self;
    if (!PyUnicode_CheckExact(text)) {
        PyErr_SetString(PyExc_TypeError, "text_index takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '\n')
            continue;
        if (c == ' ') {
            if (i + 1 < n && PyUnicode_READ(kind, data, i + 1) == ' ')
                Py_RETURN_NONE;
        } else if (c < 0x7f ? c < 0x20 : (c == 0x7f || !Py_UNICODE_ISPRINTABLE(c))) {
            Py_RETURN_NONE;
        }
    }
    Offsets starts = {0}, normal_breaks = {0}, original_breaks = {0};
    PyObject *answer = NULL, *normal = NULL;
    char *buffer = PyMem_Malloc(n * kind + 1);
    if (buffer == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (add(&starts, 0) < 0 || add(&normal_breaks, 0) < 0 || add(&original_breaks, 0) < 0)
        goto done;
    Py_ssize_t length = 0, copied = 0; /* normal's length; text copied up to here */
    long long removed = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyUnicode_READ(kind, data, i) != '\n')
            continue;
        /* a run of _NEWLINE_RUN (\n[\n ]*), widened by one space before it */
        Py_ssize_t start = i, end = i + 1;
        while (end < n) {
            Py_UCS4 c = PyUnicode_READ(kind, data, end);
            if (c != '\n' && c != ' ')
                break;
            end++;
        }
        if (start > 0 && PyUnicode_READ(kind, data, start - 1) == ' ')
            start--;
        for (Py_ssize_t j = i; j < end; j++)
            if (PyUnicode_READ(kind, data, j) == '\n' && add(&starts, j + 1) < 0)
                goto done;
        memcpy(buffer + length * kind, (const char *)data + copied * kind, (start - copied) * kind);
        length += start - copied;
        PyUnicode_WRITE(kind, buffer, length, ' ');
        length++;
        copied = end;
        removed += end - start - 1;
        if (add(&normal_breaks, end - removed) < 0 || add(&original_breaks, end) < 0)
            goto done;
        i = end - 1;
    }
    memcpy(buffer + length * kind, (const char *)data + copied * kind, (n - copied) * kind);
    length += n - copied;
    normal = PyUnicode_FromKindAndData(kind, buffer, length);
    if (normal == NULL)
        goto done;
    PyObject *line_starts = as_bytes(&starts);
    PyObject *break_normal = as_bytes(&normal_breaks);
    PyObject *break_original = as_bytes(&original_breaks);
    if (line_starts && break_normal && break_original)
        answer = PyTuple_Pack(4, line_starts, normal, break_normal, break_original);
    Py_XDECREF(line_starts);
    Py_XDECREF(break_normal);
    Py_XDECREF(break_original);
done:
    Py_XDECREF(normal);
    PyMem_Free(buffer);
    PyMem_Free(starts.at);
    PyMem_Free(normal_breaks.at);
    PyMem_Free(original_breaks.at);
    return answer;
}

/* The str ids of the mappings of a list (load._Builder._dropped); None if an item is a dict
 * of a subclass (whose get Python calls). */
static PyObject *ids(PyObject *self, PyObject *items) {
    (void)self;
    if (!PyList_CheckExact(items)) {
        PyErr_SetString(PyExc_TypeError, "ids takes a list");
        return NULL;
    }
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {
        PyObject *item = PyList_GET_ITEM(items, i);
        if (!PyDict_Check(item))
            continue;
        if (!PyDict_CheckExact(item)) {
            Py_DECREF(found);
            Py_RETURN_NONE;
        }
        PyObject *id = PyDict_GetItemWithError(item, str_id);
        if (id == NULL && PyErr_Occurred()) {
            Py_DECREF(found);
            return NULL;
        }
        if (id != NULL && PyUnicode_Check(id) && PyList_Append(found, id) < 0) {
            Py_DECREF(found);
            return NULL;
        }
    }
    return found;
}

static PyMethodDef methods[] = {
    {"ids", ids, METH_O, "ids(items): the str ids of the mappings of a list, or None."},
    {"text_index", text_index, METH_O,
     "text_index(text): documents.Text's index of a text in the common case, or None."},
    {"plain", plain, METH_VARARGS,
     "plain(root, max_depth, big): yamlread._is_plain, or None when Python must walk."},
    {"simple_claims", simple_claims, METH_O,
     "simple_claims(part): whether ClaimModel takes every raw claim of the list as it is."},
    {"claims", FASTCALL_METHOD(claims), METH_FASTCALL,
     "claims(part, position, out, state, start): Claims appended to out; where Python goes on."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = MODULE_DEF(
    "factcheck._loadspeedups", "The claims loader's common case in C (factcheck.corpus.native).",
    methods);

static const Interned names[] = {
    {&str_id, "id"}, {&str_source, "source"}, {&str_subject, "subject"},
    {&str_value, "value"}, {&str_quote, "quote"}, {&str_status, "status"},
    {&str_context, "context"}, {&str_note, "note"}, {&str_link_chance, "link_chance"},
    {&str_rejected, "rejected"}, {&str_reviewed, "reviewed"}, {&str_draft, "draft"},
    {&str_ignored, "ignored"}, {&str_true, "true"}, {&str_false, "false"},
};

PyMODINIT_FUNC PyInit__loadspeedups(void) {
    empty_tuple = PyTuple_New(0);
    if (empty_tuple == NULL)
        return NULL;
    return create_module(&module_def, names, COUNT_OF(names));
}
