/* factcheck._speedups: anchoring's common case in C, without a Python object per reading.
 *
 * The reference is Python: factcheck/check/anchor.py (``anchor``), text/documents.py
 * (``normalize``, ``Text.find``, ``Text.position``) and text/numbers/ (``leading_digits``).
 * ``anchor(text, quote, prepared)`` answers only the common case: a quote found (through the
 * source's own ``FirstOccurrence``) where the source writes it in ASCII (typographic quotes
 * and dashes allowed, see ``specials``), that
 * states the claim's value in digits written as in the claims file, with no other unit after
 * them, and whose first digits are that value. It returns None for anything else (and whenever
 * a reading it does not implement might start somewhere it looks: a number word, a scale word,
 * a minus sign, a fraction, a power of ten...), and factcheck/check/native.py then runs the
 * Python path. Every test here is the Python one's, or stricter: when in doubt, None.
 *
 * Tables (reading words, unit spellings) come from Python once, through ``configure``.
 */
#include "_native_common.h"
#include <math.h>
#include <stdlib.h>

#define MAX_QUOTE 4096 /* longer quotes are left to Python */

/* A list of ASCII words (lower case unless said otherwise), each with a number. */
typedef struct {
    char *text;
    Py_ssize_t len;
    long id;
} Word;

typedef struct {
    Word *words;
    Py_ssize_t count;
} Words;

static Words reading_words; /* words a number word reading may start with (see native.py) */
static Words time_units;    /* "a day", "an hour": A_UNIT's units */
static Words whole_words;   /* "a full day" */
static Words spellings;     /* ASCII unit spellings as written, id: their canonical unit */
#define MAX_SPELLING 64
static Words spelled; /* the same in lower case, by length: spelled_from[n] is the first of n */
static Py_ssize_t spelled_from[MAX_SPELLING + 1];
static Words case_sensitive; /* CASE_SENSITIVE as written (a word's lower case is looked up) */
static Words currencies;    /* CURRENCY_WORDS, id: the currency's canonical unit */
static Words rate_words;    /* UNIT_END's "/day", "/week"... */
static Py_ssize_t longest_spelling; /* _UnitAfter.longest */
static Py_ssize_t max_number_length; /* MAX_NUMBER_LENGTH */
static Py_ssize_t index_after;       /* firstfind.INDEX_AFTER */
static int configured;
static PyObject *normalize; /* documents.normalize */
static PyObject *specials;  /* characters beyond ASCII that a reader or a unit spelling names */

static PyObject *str_text, *str_search, *str_found, *str_find, *str_haystack, *str_scanned, *str_work, *str_normal_breaks, *str_original_breaks,
    *str_line_starts;

/* ASCII character classes, as Python's str methods and re's Unicode classes see ASCII. */
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_alnum(char c) { return is_digit(c) || is_alpha(c); }
static int is_word(char c) { return is_alnum(c) || c == '_'; } /* re's \w */
static int is_space(char c) { return Py_UNICODE_ISSPACE((Py_UCS4)(unsigned char)c); } /* \s */
static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

/* Whether q[at:] starts with w, ignoring case (w is lower case). */
static int starts_nocase(const char *q, Py_ssize_t n, Py_ssize_t at, const Word *w) {
    if (at + w->len > n) return 0;
    for (Py_ssize_t i = 0; i < w->len; i++)
        if (lower(q[at + i]) != w->text[i]) return 0;
    return 1;
}

static int any_starts_nocase(const char *q, Py_ssize_t n, Py_ssize_t at, const Words *ws) {
    for (Py_ssize_t i = 0; i < ws->count; i++)
        if (starts_nocase(q, n, at, &ws->words[i])) return 1;
    return 0;
}

/* The id of the word s[:len] in ws (exact bytes), or -1. */
static long lookup(const Words *ws, const char *s, Py_ssize_t len) {
    for (Py_ssize_t i = 0; i < ws->count; i++)
        if (ws->words[i].len == len && memcmp(ws->words[i].text, s, len) == 0)
            return ws->words[i].id;
    return -1;
}

/* q.find(needle, start) for ASCII q and needle. */
static Py_ssize_t find(const char *q, Py_ssize_t n, const char *needle, Py_ssize_t m,
                       Py_ssize_t start) {
    for (Py_ssize_t at = start; at + m <= n; at++)
        if (q[at] == needle[0] && memcmp(q + at, needle, m) == 0) return at;
    return -1;
}

/* anchor._written: whether the number's digits stand in the quote as a whole number. */
static int written(const char *q, Py_ssize_t n, const char *num, Py_ssize_t m) {
    for (Py_ssize_t at = find(q, n, num, m, 0); at >= 0; at = find(q, n, num, m, at + 1)) {
        char before = at ? q[at - 1] : 0;
        Py_ssize_t e = at + m;
        int minutes = before == ':' && at >= 2 && is_digit(q[at - 2]);
        int bad_before = is_digit(before) || before == '.' || before == ',' || minutes;
        int bad_after = e < n && (is_digit(q[e]) || ((q[e] == '.' || q[e] == ',' || q[e] == ':')
                                                     && e + 1 < n && is_digit(q[e + 1])));
        if (!bad_before && !bad_after) return 1;
    }
    return 0;
}

/* anchor._UnitAfter: the unit spelling written after q[at] (white space skipped), as its start
 * in *start and its length (0 when none). */
static Py_ssize_t unit_after(const char *q, Py_ssize_t n, Py_ssize_t at, Py_ssize_t *start) {
    Py_ssize_t s = at;
    while (s < n && is_space(q[s])) s++;
    *start = s;
    Py_ssize_t limit = s + longest_spelling;
    /* Candidate ends, longest first: the end of the text when in reach, then each \W. */
    for (Py_ssize_t end = (n <= limit ? n : limit); end >= s + 1; end--) {
        if (end < n && is_word(q[end])) continue;
        Py_ssize_t len = end - s;
        char low[64];
        if (len > (Py_ssize_t)sizeof low) continue;
        for (Py_ssize_t i = 0; i < len; i++) low[i] = lower(q[s + i]);
        /* A spelling, ignoring case? (the lower-case spellings of this length) */
        int known = 0;
        if (len < MAX_SPELLING)
            for (Py_ssize_t i = spelled_from[len]; i < spelled_from[len + 1] && !known; i++)
                known = memcmp(spelled.words[i].text, low, len) == 0;
        if (!known) continue;
        /* UNIT_END: the end, a character that is neither \w nor '/', or a rate's "/day". */
        if (end == n || q[end] != '/') return len; /* q[end] is no \w (see above) */
        for (Py_ssize_t i = 0; i < rate_words.count; i++) {
            const Word *w = &rate_words.words[i];
            Py_ssize_t after = end + 1 + w->len;
            if (starts_nocase(q, n, end + 1, w) && (after >= n || !is_word(q[after]))) return len;
        }
    }
    return 0;
}

/* spellings.canonical_unit of an ASCII word: its canonical unit's id, or -1 for None. */
static long canonical(const char *word, Py_ssize_t len) {
    long id = lookup(&spellings, word, len);
    if (id >= 0) return id;
    char low[64];
    if (len > (Py_ssize_t)sizeof low) return -1;
    for (Py_ssize_t i = 0; i < len; i++) low[i] = lower(word[i]);
    if (lookup(&case_sensitive, low, len) >= 0) return -1;
    return lookup(&spellings, low, len);
}

/* anchor._unit_mismatch is None (1), or may not be (0: Python decides, and words it). */
static int same_unit(const char *q, Py_ssize_t n, const char *num, Py_ssize_t m, long wanted) {
    if (wanted < 0) return 1;
    int other = 0;
    /* anchor._standing: each place the number stands alone. */
    Py_ssize_t at = find(q, n, num, m, 0);
    while (at >= 0) {
        Py_ssize_t end = at + m;
        char before = at ? q[at - 1] : 0;
        if (is_digit(before) || before == '.' || (end < n && is_digit(q[end]))) {
            at = find(q, n, num, m, at + 1);
            continue;
        }
        Py_ssize_t start, len = unit_after(q, n, end, &start);
        if (len == 1 && q[start] == 's' && end < n && q[end] == 's') len = 0; /* "the 1990s" */
        if (len == 0) return 1;
        long said = canonical(q + start, len);
        if (said < 0 || said == wanted) return 1;
        char low[64];
        for (Py_ssize_t i = 0; i < len && i < (Py_ssize_t)sizeof low; i++) low[i] = lower(q[start + i]);
        if (len <= (Py_ssize_t)sizeof low && lookup(&currencies, low, len) == wanted) return 1;
        other = 1;
        at = find(q, n, num, m, end);
    }
    return !other;
}

/* Whether a reading of words (reading.py's _WORDS_ONLY, half_scale) may start in q[:upto]:
 * a word starting with a number, scale, fraction or multiplier word, or "a"/"an" before a unit
 * of time. True may be wrong (then Python decides), false is not. */
static int words_before(const char *q, Py_ssize_t n, Py_ssize_t upto) {
    for (Py_ssize_t i = 0; i < upto; i++) {
        if (!is_alpha(q[i]) || (i && is_word(q[i - 1]))) continue; /* \b before a letter */
        if (any_starts_nocase(q, n, i, &reading_words)) return 1;
        if (lower(q[i]) == 'a') { /* A_UNIT: \ban?\s+((full|whole|entire)\s+)?UNIT */
            Py_ssize_t j = i + 1;
            if (j < n && lower(q[j]) == 'n') j++;
            if (j >= n || !is_space(q[j])) continue;
            while (j < n && is_space(q[j])) j++;
            if (any_starts_nocase(q, n, j, &time_units)) return 1;
            for (Py_ssize_t k = 0; k < whole_words.count; k++) {
                Py_ssize_t w = j + whole_words.words[k].len;
                if (starts_nocase(q, n, j, &whole_words.words[k]) && w < n && is_space(q[w])) {
                    while (w < n && is_space(q[w])) w++;
                    if (any_starts_nocase(q, n, w, &time_units)) return 1;
                }
            }
        }
    }
    return 0;
}

/* Whether a reading may go on after the digits ending at q[end] (reading._after: "and a half",
 * scale words, "1 in 4", a glued scale letter, a power of ten). True may be wrong, false not. */
static int more_after(const char *q, Py_ssize_t n, Py_ssize_t end) {
    if (end >= n) return 0;
    char c = q[end];
    if (c == 'e' || c == 'E' || c == 'x' || c == 'X') return 1; /* "3e8", "6x10^23" */
    /* forms.scale_letter(money=True): (trn|tn|bn|mn|[kKmMbB]) not before \w or '/' */
    static const char *letters[] = {"trn", "tn", "bn", "mn", "k", "K", "m", "M", "b", "B"};
    for (size_t i = 0; i < sizeof letters / sizeof *letters; i++) {
        Py_ssize_t len = (Py_ssize_t)strlen(letters[i]), after = end + len;
        if (after <= n && memcmp(q + end, letters[i], len) == 0
            && (after >= n || (!is_word(q[after]) && q[after] != '/')))
            return 1;
    }
    if (c != ' ' && c != '\t') return 0;
    Py_ssize_t j = end;
    while (j < n && (q[j] == ' ' || q[j] == '\t')) j++;
    if (j == end + 1 && j < n && (q[j] == 'x' || q[j] == 'X')) return 1; /* "6.02 x 10^23" */
    /* "and a half", "1.5 million", "two hundred and five", "1 in 4" */
    static Word and_in[] = {{"and", 3, 0}, {"in", 2, 0}};
    Words more = {and_in, 2};
    return any_starts_nocase(q, n, j, &reading_words) || any_starts_nocase(q, n, j, &more);
}

/* reading.leading_digits when the quote's first reading is its first digits and nothing may
 * be read on after them: the digits' [start, end) and value; 0 when Python must tell. */
static int leading_digits(const char *q, Py_ssize_t n, Py_ssize_t *start, Py_ssize_t *end,
                          double *value) {
    /* reading._DIGITS.search: (?<![\d.])(digits with thousands' commas or a run)(\.\d+)? or .\d+ */
    Py_ssize_t p = 0;
    for (;; p++) {
        if (p >= n) return 0;
        if (p && (is_digit(q[p - 1]) || q[p - 1] == '.')) continue;
        if (is_digit(q[p]) || (q[p] == '.' && p + 1 < n && is_digit(q[p + 1]))) break;
    }
    Py_ssize_t e = p;
    if (q[p] == '.') {
        for (e = p + 1; e < n && is_digit(q[e]); e++) {}
    } else {
        while (e < n && is_digit(q[e])) e++;
        Py_ssize_t run = e - p;
        if (e < n && q[e] == '/') return 0; /* a fraction ("1/5") may start here */
        if (run <= 3) /* \d{1,3}(,\d{3})+ */
            while (e + 3 < n && q[e] == ',' && is_digit(q[e + 1]) && is_digit(q[e + 2])
                   && is_digit(q[e + 3]))
                e += 4;
        if (e + 1 < n && q[e] == '.' && is_digit(q[e + 1]))
            for (e += 1; e < n && is_digit(q[e]); e++) {}
    }
    if (e - p > max_number_length) return 0; /* forms.too_long */
    /* forms.minus_before: "minus 5" (rare) is left to Python, a sign is no plain number. */
    if (p >= 1 && (q[p - 1] == ' ' || q[p - 1] == '\t' || q[p - 1] == '-') && p >= 2
        && (q[p - 2] == 's' || q[p - 2] == 'S' || q[p - 2] == '-')) {
        static Word minus = {"minus", 5, 0};
        if (p >= 6 && starts_nocase(q, n, p - 6, &minus)) return 0;
    }
    if (p >= 1 && q[p - 1] == '-'
        && !(p >= 2 && (is_alnum(q[p - 2]) || (q[p - 2] && strchr("_-.,/", q[p - 2])))))
        return 0; /* a minus sign: "-15" */
    if (words_before(q, n, p) || more_after(q, n, e)) return 0;
    /* forms.digits_value: float() of the digits without commas */
    char digits[128];
    Py_ssize_t k = 0;
    for (Py_ssize_t i = p; i < e; i++)
        if (q[i] != ',') digits[k++] = q[i];
    digits[k] = 0;
    char *stop;
    *value = PyOS_string_to_double(digits, &stop, NULL);
    if (*value == -1.0 && PyErr_Occurred()) {
        PyErr_Clear();
        return 0;
    }
    if (*stop || !isfinite(*value)) return 0;
    *start = p;
    *end = e;
    return 1;
}

/* One end of a claim's value: reading.readable(number, unit, {x}), the end given as (value,
 * half, text, _rounded(value), _rounded(value / 100) or None): its roundings are made once
 * per value, in Python. -1 on error. */
static int readable(PyObject *number, int percent, double x) {
    double value = PyFloat_AsDouble(PyTuple_GET_ITEM(number, 0));
    double half = PyFloat_AsDouble(PyTuple_GET_ITEM(number, 1));
    double rounded = PyFloat_AsDouble(PyTuple_GET_ITEM(number, 3));
    if (PyErr_Occurred()) return -1;
    if (rounded == x) return 1;
    if (percent) {
        double share = PyFloat_AsDouble(PyTuple_GET_ITEM(number, 4));
        if (share == -1.0 && PyErr_Occurred()) return -1;
        if (share == x) return 1;
    }
    if (x == trunc(x)) return 0;
    volatile double scaled = x * (percent ? 100.0 : 1.0); /* no fused multiply-add */
    return fabs(scaled - value) <= half;
}

/* anchor._lit: the number's end with a '%' or the unit right after it. */
static Py_ssize_t lit(const char *q, Py_ssize_t n, Py_ssize_t end, const char *unit,
                      Py_ssize_t ulen) {
    if (end < n && q[end] == '%') return end + 1;
    if (ulen == 0) return end;
    for (int skip = (end < n && is_space(q[end])) ? 1 : 0; skip >= 0; skip--) { /* \s? */
        Py_ssize_t p = end + skip;
        if (p < n && q[p] == '%') return p + 1;
        if (p + ulen <= n && memcmp(q + p, unit, ulen) == 0 && (p + ulen >= n || !is_word(q[p + ulen])))
            return p + ulen;
    }
    return end;
}

/* bisect.bisect_right over an array('q'). */
static Py_ssize_t bisect_right(const long long *a, Py_ssize_t len, long long x) {
    Py_ssize_t lo = 0, hi = len;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (x < a[mid]) hi = mid; else lo = mid + 1;
    }
    return lo;
}

/* An array('q') attribute of obj as a buffer. */
static int int64s(PyObject *obj, PyObject *name, Py_buffer *view) {
    PyObject *array = PyObject_GetAttr(obj, name);
    if (array == NULL) return 0;
    int got = PyObject_GetBuffer(array, view, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) == 0;
    Py_DECREF(array);
    if (!got) return 0;
    if (view->itemsize != 8 || view->format == NULL || strcmp(view->format, "q") != 0) {
        PyBuffer_Release(view);
        PyErr_SetString(PyExc_TypeError, "expected array('q')");
        return 0;
    }
    return 1;
}

/* Text.position: 1-based (line, column) of an offset. */
static void position(const Py_buffer *lines, long long offset, long *line, long *column) {
    const long long *starts = lines->buf;
    Py_ssize_t at = bisect_right(starts, lines->len / 8, offset);
    *line = (long)at;
    *column = (long)(offset - starts[at - 1] + 1);
}

/* obj.name += add for an int attribute. */
static int add_to(PyObject *obj, PyObject *name, Py_ssize_t add) {
    PyObject *old = PyObject_GetAttr(obj, name);
    if (old == NULL) return 0;
    PyObject *delta = PyLong_FromSsize_t(add), *sum = delta ? PyNumber_Add(old, delta) : NULL;
    int done = sum != NULL && PyObject_SetAttr(obj, name, sum) == 0;
    Py_DECREF(old);
    Py_XDECREF(delta);
    Py_XDECREF(sum);
    return done;
}

/* haystack.find(needle), needle not empty. Quotes hold digits, which prose writes more rarely
 * than letters and spaces: in one-byte strings, memchr finds each place of the needle's first
 * digit, and the needle is compared there (in text order: the first match is the lowest). */
static Py_ssize_t scan(PyObject *haystack, PyObject *needle) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(haystack), m = PyUnicode_GET_LENGTH(needle), k = 0;
    if (PyUnicode_KIND(haystack) != PyUnicode_1BYTE_KIND
        || PyUnicode_KIND(needle) != PyUnicode_1BYTE_KIND)
        return PyUnicode_Find(haystack, needle, 0, n, 1);
    const unsigned char *h = PyUnicode_1BYTE_DATA(haystack), *q = PyUnicode_1BYTE_DATA(needle);
    while (k < m && !is_digit((char)q[k])) k++;
    if (k == m || n < m) return PyUnicode_Find(haystack, needle, 0, n, 1);
    /* The digit stands at p: the needle at p - k, which must fit (p <= last). */
    const unsigned char *p = h + k, *last = h + (n - m + k);
    while (p <= last && (p = memchr(p, q[k], (size_t)(last - p + 1))) != NULL) {
        if (memcmp(p - k, q, (size_t)m) == 0) return (p - k) - h;
        p++;
    }
    return -1;
}

/* FirstOccurrence.find(needle) (text/firstfind.py): its memo, and its scanning branch done
 * here (``str.find``, counted as it counts it); once the index is due, the method itself.
 * -2 on error. */
static Py_ssize_t first_occurrence(PyObject *search, PyObject *needle) {
    Py_ssize_t at = -2;
    PyObject *memo = PyObject_GetAttr(search, str_found), *found = NULL;
    PyObject *haystack = NULL, *scanned = NULL;
    if (memo == NULL || !PyDict_Check(memo)) goto done;
    found = PyDict_GetItemWithError(memo, needle);
    if (found != NULL) {
        at = PyLong_AsSsize_t(found);
        goto done;
    }
    if (PyErr_Occurred()) goto done;
    haystack = PyObject_GetAttr(search, str_haystack);
    scanned = PyObject_GetAttr(search, str_scanned);
    if (haystack == NULL || scanned == NULL || !PyUnicode_Check(haystack)) goto done;
    Py_ssize_t length = PyUnicode_GET_LENGTH(haystack), so_far = PyLong_AsSsize_t(scanned);
    if (so_far == -1 && PyErr_Occurred()) goto done;
    if (so_far >= index_after * length) { /* indexed: the method's own way */
        PyObject *got = PyObject_CallMethodOneArg(search, str_find, needle);
        if (got != NULL) at = PyLong_AsSsize_t(got);
        Py_XDECREF(got);
        goto done;
    }
    at = scan(haystack, needle);
    if (at < -1) goto done;
    Py_ssize_t cost = at >= 0 ? at + PyUnicode_GET_LENGTH(needle) : length;
    PyObject *answer = PyLong_FromSsize_t(at);
    if (answer == NULL || !add_to(search, str_scanned, cost) || !add_to(search, str_work, cost)
        || PyDict_SetItem(memo, needle, answer) < 0)
        at = -2;
    Py_XDECREF(answer);
done:
    if (at == -1 && PyErr_Occurred()) at = -2;
    Py_XDECREF(memo);
    Py_XDECREF(haystack);
    Py_XDECREF(scanned);
    return at;
}

/* Text.find for a quote of printable ASCII: the first occurrence's offset in the normalized
 * text, -1 when not found, -2 when Python must tell (or on error, with an exception set). */
static Py_ssize_t normal_find(PyObject *text, PyObject *quote, Py_ssize_t *length) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(quote);
    int plain = PyUnicode_IS_ASCII(quote);
    const char *q = plain ? (const char *)PyUnicode_DATA(quote) : NULL;
    for (Py_ssize_t i = 0; plain && i < n; i++) /* documents.normalize's shortcut: strip spaces */
        if (q[i] < 0x20 || q[i] == 0x7f || (q[i] == ' ' && i + 1 < n && q[i + 1] == ' ')) plain = 0;
    PyObject *needle;
    if (plain) {
        Py_ssize_t lo = 0, hi = n;
        while (lo < hi && q[lo] == ' ') lo++;
        while (hi > lo && q[hi - 1] == ' ') hi--;
        needle = (lo == 0 && hi == n) ? Py_NewRef(quote) : PyUnicode_Substring(quote, lo, hi);
    } else { /* typography, white space: documents.normalize itself */
        needle = PyObject_CallOneArg(normalize, quote);
        if (needle != NULL && !PyUnicode_Check(needle)) Py_CLEAR(needle);
    }
    if (needle == NULL) return -2;
    *length = PyUnicode_GET_LENGTH(needle);
    if (*length == 0) {
        Py_DECREF(needle);
        return -2; /* no quote: Python words the problem */
    }
    PyObject *search = PyObject_GetAttr(text, str_search);
    Py_ssize_t at = search == NULL ? -2 : first_occurrence(search, needle);
    Py_XDECREF(search);
    Py_DECREF(needle);
    return at;
}

/* Text._original over the break arrays. */
static long long original(const Py_buffer *normal, const Py_buffer *orig, long long offset) {
    const long long *bn = normal->buf, *bo = orig->buf;
    Py_ssize_t index = bisect_right(bn, normal->len / 8, offset) - 1;
    return bo[index] + (offset - bn[index]);
}

/* anchor(text, quote, prepared): see the top of this file and native.py. */
static PyObject *anchor(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "anchor(text, quote, prepared)");
        return NULL;
    }
    if (!configured) {
        PyErr_SetString(PyExc_RuntimeError, "factcheck._speedups is not configured");
        return NULL;
    }
    PyObject *text = args[0], *quote = args[1], *prepared = args[2];
    if (!PyUnicode_Check(quote)) Py_RETURN_NONE;
    Py_ssize_t needle_length = 0;
    Py_ssize_t at = normal_find(text, quote, &needle_length);
    if (at < 0) {
        if (PyErr_Occurred()) return NULL;
        Py_RETURN_NONE; /* not found (Python words the problem), or not ASCII */
    }
    Py_buffer normal, orig, lines;
    if (!int64s(text, str_normal_breaks, &normal)) return NULL;
    if (!int64s(text, str_original_breaks, &orig)) {
        PyBuffer_Release(&normal);
        return NULL;
    }
    if (!int64s(text, str_line_starts, &lines)) {
        PyBuffer_Release(&normal);
        PyBuffer_Release(&orig);
        return NULL;
    }
    PyObject *result = NULL, *source_text = NULL;
    long long s = original(&normal, &orig, at), e = original(&normal, &orig, at + needle_length - 1) + 1;
    long long fs = s, fe = e; /* what the location points at: the focus, else the span */
    int has_focus = 0;
    if (prepared != Py_None) {
        /* prepared: (low, high, distinct ends, unit, percent, wanted unit id); an end is
         * (value, half, text, rounded, rounded share): see readable. The quote as the source writes it, which must be ASCII. */
        source_text = PyObject_GetAttr(text, str_text);
        if (source_text == NULL || !PyUnicode_Check(source_text)) goto done;
        Py_ssize_t n = (Py_ssize_t)(e - s);
        if (n > MAX_QUOTE || e > PyUnicode_GET_LENGTH(source_text)) goto defer;
        char q[MAX_QUOTE + 1];
        int kind = PyUnicode_KIND(source_text);
        const void *data = PyUnicode_DATA(source_text);
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, s + i);
            if (c < 0x80) {
                q[i] = (char)c;
                continue;
            }
            /* Other characters only when every reader sees them as it sees a control
             * character: no letter, digit, number or space, and none a reader or a unit
             * spelling names ("−", "⁄", "×", "°", "¢"...: ``specials``). Typographic quotes
             * and dashes are such. */
            if (Py_UNICODE_ISALNUM(c) || Py_UNICODE_ISSPACE(c) || Py_UNICODE_ISNUMERIC(c)
                || PyUnicode_FindChar(specials, c, 0, PyUnicode_GET_LENGTH(specials), 1) != -1)
                goto defer;
            q[i] = 0x01;
        }
        q[n] = 0;
        PyObject *ends[2] = {PyTuple_GET_ITEM(prepared, 0), PyTuple_GET_ITEM(prepared, 1)};
        long distinct = PyLong_AsLong(PyTuple_GET_ITEM(prepared, 2));
        PyObject *unit = PyTuple_GET_ITEM(prepared, 3);
        int percent = PyObject_IsTrue(PyTuple_GET_ITEM(prepared, 4));
        long wanted = PyLong_AsLong(PyTuple_GET_ITEM(prepared, 5));
        if (PyErr_Occurred()) goto done;
        /* anchor._problem: every end's digits written as a whole number, and no other unit. */
        for (long i = 0; i < distinct; i++) {
            Py_ssize_t m;
            const char *num = PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(ends[i], 2), &m);
            if (num == NULL) goto done;
            if (m == 0 || !written(q, n, num, m)) goto defer;
        }
        Py_ssize_t m;
        const char *high = PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(ends[1], 2), &m);
        if (high == NULL) goto done;
        if (!same_unit(q, n, high, m, wanted)) goto defer;
        /* anchor._focus: the quote's first digits, when they state the value. */
        Py_ssize_t start, end;
        double x;
        if (!leading_digits(q, n, &start, &end, &x)) goto defer;
        int states = 0;
        for (int i = 0; i < 2 && !states; i++) {
            states = readable(ends[i], percent, x);
            if (states < 0) goto done;
        }
        if (!states) goto defer;
        Py_ssize_t ulen = 0;
        const char *u = "";
        if (unit != Py_None && (u = PyUnicode_AsUTF8AndSize(unit, &ulen)) == NULL) goto done;
        fs = s + start;
        fe = s + lit(q, n, end, u, ulen);
        has_focus = 1;
    }
    long line, column, end_line, end_column;
    position(&lines, fs, &line, &column);
    position(&lines, fe - 1 > fs ? fe - 1 : fs, &end_line, &end_column);
    if (has_focus)
        result = Py_BuildValue("((LL)(LL)llll)", s, e, fs, fe, line, column, end_line, end_column + 1);
    else
        result = Py_BuildValue("((LL)Ollll)", s, e, Py_None, line, column, end_line, end_column + 1);
    goto done;
defer:
    result = Py_NewRef(Py_None);
done:
    Py_XDECREF(source_text);
    PyBuffer_Release(&normal);
    PyBuffer_Release(&orig);
    PyBuffer_Release(&lines);
    return result;
}

static int by_length(const void *a, const void *b) {
    Py_ssize_t x = ((const Word *)a)->len, y = ((const Word *)b)->len;
    return (x > y) - (x < y);
}

/* A list of str (ASCII) or (str, int) into a Words table. */
static int words_from(PyObject *list, Words *ws) {
    PyObject *seq = PySequence_Fast(list, "expected a list");
    if (seq == NULL) return 0;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(seq);
    Word *words = PyMem_Calloc(count ? count : 1, sizeof(Word));
    if (words == NULL) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return 0;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i), *word = item;
        long id = 0;
        if (PyTuple_Check(item) && PyTuple_GET_SIZE(item) == 2) {
            word = PyTuple_GET_ITEM(item, 0);
            id = PyLong_AsLong(PyTuple_GET_ITEM(item, 1));
        }
        Py_ssize_t len;
        const char *utf8 = PyUnicode_Check(word) ? PyUnicode_AsUTF8AndSize(word, &len) : NULL;
        if (utf8 == NULL || PyErr_Occurred() || !PyUnicode_IS_ASCII(word)) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "expected ASCII words");
            goto fail;
        }
        if ((words[i].text = PyMem_Malloc(len + 1)) == NULL) goto fail;
        memcpy(words[i].text, utf8, len + 1);
        words[i].len = len;
        words[i].id = id;
    }
    Py_DECREF(seq);
    for (Py_ssize_t i = 0; i < ws->count; i++) PyMem_Free(ws->words[i].text);
    PyMem_Free(ws->words);
    ws->words = words;
    ws->count = count;
    return 1;
fail:
    for (Py_ssize_t i = 0; i < count; i++) PyMem_Free(words[i].text);
    PyMem_Free(words);
    Py_DECREF(seq);
    return 0;
}

/* configure(reading_words, time_units, whole_words, spellings, case_sensitive, currencies,
 *           rate_words, longest_spelling, max_number_length, normalize, specials,
 *           index_after) */
static PyObject *configure(PyObject *module, PyObject *args) {
    PyObject *lists[7], *normalizer, *special;
    Py_ssize_t longest, longest_number, scans;
    if (!PyArg_ParseTuple(args, "OOOOOOOnnOUn", &lists[0], &lists[1], &lists[2], &lists[3],
                          &lists[4], &lists[5], &lists[6], &longest, &longest_number,
                          &normalizer, &special, &scans))
        return NULL;
    Words *tables[7] = {&reading_words, &time_units, &whole_words, &spellings, &case_sensitive,
                        &currencies, &rate_words};
    for (int i = 0; i < 7; i++)
        if (!words_from(lists[i], tables[i])) return NULL;
    /* The spellings in lower case, by length, for unit_after. */
    if (!words_from(lists[3], &spelled)) return NULL;
    for (Py_ssize_t i = 0; i < spelled.count; i++)
        for (Py_ssize_t j = 0; j < spelled.words[i].len; j++)
            spelled.words[i].text[j] = lower(spelled.words[i].text[j]);
    qsort(spelled.words, spelled.count, sizeof(Word), by_length);
    for (Py_ssize_t n = 0, i = 0; n <= MAX_SPELLING; n++) {
        while (i < spelled.count && spelled.words[i].len < n) i++;
        spelled_from[n] = i;
    }
    if (longest_number > 120) { /* leading_digits copies the digits into 128 bytes */
        PyErr_SetString(PyExc_ValueError, "max_number_length too large");
        return NULL;
    }
    Py_XSETREF(normalize, Py_NewRef(normalizer));
    Py_XSETREF(specials, Py_NewRef(special));
    longest_spelling = longest;
    index_after = scans;
    max_number_length = longest_number;
    configured = 1;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"anchor", FASTCALL_METHOD(anchor), METH_FASTCALL,
     "anchor(text, quote, prepared): the common case of factcheck.check.anchor, or None."},
    {"configure", configure, METH_VARARGS, "Set the word and unit tables (factcheck.check.native)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = MODULE_DEF(
    "factcheck._speedups", "Anchoring's common case in C (factcheck.check.native).", methods);

static const Interned names[] = {
    {&str_text, "text"}, {&str_search, "_search"},
    {&str_found, "_found"}, {&str_find, "find"},
    {&str_haystack, "_haystack"}, {&str_scanned, "_scanned"},
    {&str_work, "work"}, {&str_normal_breaks, "_break_normal"},
    {&str_original_breaks, "_break_original"}, {&str_line_starts, "_line_starts"},
};

PyMODINIT_FUNC PyInit__speedups(void) {
    return create_module(&module_def, names, COUNT_OF(names));
}
