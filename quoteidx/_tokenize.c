/* quoteidx._tokenize: a C version of quoteidx.speakers.tokenize and Tok, and word_hits,
 * the cue finder of quoteidx.reported (described where it is defined, below).
 *
 * It gives exactly what the pure-Python version gives, which is
 *
 *     _TOK.finditer(masked, start, end)
 *
 * for the pattern in PATTERN below (the same string as speakers._TOK.pattern; speakers.py
 * uses this module only while the two are equal), read as Python's `re` reads a str pattern:
 *
 *   \w      Py_UNICODE_ISALNUM(c) or '_'    (sre's SRE_UNI_IS_WORD)
 *   \d      Py_UNICODE_ISDECIMAL(c)          (sre's SRE_UNI_IS_DIGIT)
 *   \s      Py_UNICODE_ISSPACE(c)            (sre's SRE_UNI_IS_SPACE)
 *   [A-Z]   ASCII capitals only (no IGNORECASE)
 *
 * and with `re`'s pos/endpos: both clamped to [0, len(masked)], and nothing at or past
 * `end` is seen, not even by the lookahead (?=\s).
 *
 * The alternatives are tried in order at each position and the first that matches wins
 * (a regex is not longest-match).  None can match the empty string and every character
 * that is not white space starts a match (\w starts alternative 4, anything else the last
 * one), so a scan is: skip white space, match one token, carry on from its end.  Nothing
 * follows a repetition inside an alternative, so the greedy maximum is always the match
 * and no backtracking is needed.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <string.h>

/* The pattern this module implements, in UTF-8 (\xe2\x80\x99 is ’, \xe2\x96\x92 MASK). */
#define PATTERN \
    "\\d+(?:[.,:]\\d+)+|(?:[A-Z]\\.){2,}|[A-Z]\\.(?=\\s)|[\\w][\\w\xe2\x80\x99'\\-]*(?:&\\w+)*|" \
    "\xe2\x96\x92+|[^\\w\\s]"

#define MASK_CHAR 0x2592   /* quoteidx.segment.MASK */
#define RSQUO 0x2019       /* right single quotation mark, inside words */

#if defined(__GNUC__) || defined(__clang__)
#  define ALWAYS_INLINE inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#  define ALWAYS_INLINE __forceinline
#else
#  define ALWAYS_INLINE inline
#endif

/* ---- character classes ------------------------------------------------------------ */

enum { C_WORD = 1, C_SPACE = 2, C_DIGIT = 4 };

/* Classes of the ASCII characters, filled at import from the same predicates as below. */
static unsigned char ascii_class[128];

static ALWAYS_INLINE int
is_word(Py_UCS4 c)
{
    if (c < 128)
        return ascii_class[c] & C_WORD;
    if (c == MASK_CHAR)   /* a fifth of masked text; not alphanumeric (So) */
        return 0;
    return Py_UNICODE_ISALNUM(c);
}

static ALWAYS_INLINE int
is_space(Py_UCS4 c)
{
    if (c < 128)
        return ascii_class[c] & C_SPACE;
    return Py_UNICODE_ISSPACE(c);
}

static ALWAYS_INLINE int
is_digit(Py_UCS4 c)
{
    if (c < 128)
        return ascii_class[c] & C_DIGIT;
    return Py_UNICODE_ISDECIMAL(c);
}

static ALWAYS_INLINE int
is_az(Py_UCS4 c)
{
    return c >= 'A' && c <= 'Z';
}

/* ---- the Tok type ----------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    PyObject *text;     /* str, never NULL */
    PyObject *low;      /* str, text.lower(), never NULL */
    Py_ssize_t start;
    Py_ssize_t end;
} TokObject;

static PyTypeObject Tok_Type;
static PyObject *str_lower;   /* interned "lower" */

/* text.lower() (a new reference), the same object when lowering would not change it. */
static PyObject *
lower_of(PyObject *text)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (PyUnicode_IS_ASCII(text)) {
        const Py_UCS1 *p = PyUnicode_1BYTE_DATA(text);
        Py_ssize_t k = 0;
        while (k < n && !is_az(p[k]))
            k++;
        if (k == n) {
            Py_INCREF(text);
            return text;
        }
        /* ASCII str.lower() maps A-Z and nothing else */
        PyObject *low = PyUnicode_New(n, 127);
        if (low == NULL)
            return NULL;
        Py_UCS1 *q = PyUnicode_1BYTE_DATA(low);
        memcpy(q, p, (size_t)k);
        for (; k < n; k++)
            q[k] = is_az(p[k]) ? (Py_UCS1)(p[k] + ('a' - 'A')) : p[k];
        return low;
    }
    /* Outside ASCII leave it to str.lower() (full case mapping: 'İ' -> 'i̇', final sigma)
     * unless no character has a lower-case mapping at all: MASK runs, ’, dashes, é... */
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (Py_UNICODE_TOLOWER(c) != c)
            return PyObject_CallMethodNoArgs(text, str_lower);
    }
    Py_INCREF(text);
    return text;
}

/* A new Tok; steals the reference to `text` (also on failure). */
static PyObject *
tok_make(PyObject *text, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *low = lower_of(text);
    if (low == NULL) {
        Py_DECREF(text);
        return NULL;
    }
    TokObject *t = PyObject_New(TokObject, &Tok_Type);
    if (t == NULL) {
        Py_DECREF(text);
        Py_DECREF(low);
        return NULL;
    }
    t->text = text;
    t->low = low;
    t->start = start;
    t->end = end;
    return (PyObject *)t;
}

static PyObject *
Tok_new(PyTypeObject *Py_UNUSED(type), PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"text", "start", "end", NULL};
    PyObject *text;
    Py_ssize_t start, end;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "Unn:Tok", kwlist, &text, &start, &end))
        return NULL;
    Py_INCREF(text);
    return tok_make(text, start, end);
}

static void
Tok_dealloc(TokObject *self)
{
    Py_XDECREF(self->text);
    Py_XDECREF(self->low);
    PyObject_Free(self);
}

static PyObject *
Tok_repr(TokObject *self)
{
    return PyUnicode_FromFormat("Tok(%R, %zd)", self->text, self->start);
}

static PyObject *
Tok_reduce(TokObject *self, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("O(Onn)", (PyObject *)Py_TYPE(self), self->text, self->start,
                         self->end);
}

/* text and low are writable, like the Python class's slots, but only with a str: a Tok
 * then never refers to a container, so it cannot be part of a cycle and needs no GC. */
static int
set_str(PyObject **slot, PyObject *value, const char *name)
{
    if (value == NULL) {
        PyErr_Format(PyExc_AttributeError, "cannot delete Tok.%s", name);
        return -1;
    }
    if (!PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "Tok.%s must be str, not %.100s", name,
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_INCREF(value);
    Py_SETREF(*slot, value);
    return 0;
}

static PyObject *
Tok_get_text(TokObject *self, void *Py_UNUSED(closure))
{
    Py_INCREF(self->text);
    return self->text;
}

static int
Tok_set_text(TokObject *self, PyObject *value, void *Py_UNUSED(closure))
{
    return set_str(&self->text, value, "text");
}

static PyObject *
Tok_get_low(TokObject *self, void *Py_UNUSED(closure))
{
    Py_INCREF(self->low);
    return self->low;
}

static int
Tok_set_low(TokObject *self, PyObject *value, void *Py_UNUSED(closure))
{
    return set_str(&self->low, value, "low");
}

static PyGetSetDef Tok_getset[] = {
    {"text", (getter)Tok_get_text, (setter)Tok_set_text, "the token's text", NULL},
    {"low", (getter)Tok_get_low, (setter)Tok_set_low, "text.lower()", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMemberDef Tok_members[] = {
    {"start", T_PYSSIZET, offsetof(TokObject, start), 0, "absolute start offset"},
    {"end", T_PYSSIZET, offsetof(TokObject, end), 0, "absolute end offset"},
    {NULL, 0, 0, 0, NULL},
};

static PyMethodDef Tok_methods[] = {
    {"__reduce__", (PyCFunction)Tok_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject Tok_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "quoteidx._tokenize.Tok",
    .tp_doc = "Tok(text, start, end)\n--\n\nA token of masked text with its absolute offsets.",
    .tp_basicsize = sizeof(TokObject),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = Tok_new,
    .tp_dealloc = (destructor)Tok_dealloc,
    .tp_repr = (reprfunc)Tok_repr,
    .tp_members = Tok_members,
    .tp_getset = Tok_getset,
    .tp_methods = Tok_methods,
};

/* ---- the scanner ------------------------------------------------------------------ */

/* End of the token that starts at i (i < end, s[i] not white space).  `kind` is a
 * constant at each call site, so the compiler makes one loop per string width. */
static ALWAYS_INLINE Py_ssize_t
match_at(const int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
#define AT(k) PyUnicode_READ(kind, data, (k))
    Py_UCS4 c = AT(i);
    Py_ssize_t k;

    /* 1. \d+(?:[.,:]\d+)+ : 3.5, 1,000, 10:30 */
    if (is_digit(c)) {
        int groups = 0;
        k = i + 1;
        while (k < end && is_digit(AT(k)))
            k++;
        while (k + 1 < end) {
            Py_UCS4 sep = AT(k);
            if ((sep == '.' || sep == ',' || sep == ':') && is_digit(AT(k + 1))) {
                k += 2;
                while (k < end && is_digit(AT(k)))
                    k++;
                groups++;
            }
            else
                break;
        }
        if (groups)
            return k;
        /* a digit is \w: alternative 4 */
    }
    else if (is_az(c)) {
        /* 2. (?:[A-Z]\.){2,} : U.S., U.N.E.S.C.O. */
        int pairs = 0;
        k = i;
        while (k + 1 < end && is_az(AT(k)) && AT(k + 1) == '.') {
            k += 2;
            pairs++;
        }
        if (pairs >= 2)
            return k;
        /* 3. [A-Z]\.(?=\s) : an initial; the lookahead stops at `end` */
        if (pairs == 1 && i + 2 < end && is_space(AT(i + 2)))
            return i + 2;
        /* a capital is \w: alternative 4 */
    }

    /* 4. [\w][\w’'\-]*(?:&\w+)* : words, don't, co-chair, AT&T */
    if (is_word(c)) {
        Py_UCS4 d;
        k = i + 1;
        while (k < end && (is_word(d = AT(k)) || d == RSQUO || d == '\'' || d == '-'))
            k++;
        while (k + 1 < end && AT(k) == '&' && is_word(AT(k + 1))) {
            k += 2;
            while (k < end && is_word(AT(k)))
                k++;
        }
        return k;
    }

    /* 5. MASK+ */
    if (c == MASK_CHAR) {
        k = i + 1;
        while (k < end && AT(k) == MASK_CHAR)
            k++;
        return k;
    }

    /* 6. [^\w\s] : one punctuation mark or symbol */
    return i + 1;
#undef AT
}

/* Appends the tokens of s[start:end] to `out`; -1 on error. */
static ALWAYS_INLINE int
scan(PyObject *s, const int kind, Py_ssize_t start, Py_ssize_t end, PyObject *out)
{
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t i = start;
    while (i < end) {
        if (is_space(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t j = match_at(kind, data, i, end);
        PyObject *text = PyUnicode_Substring(s, i, j);
        if (text == NULL)
            return -1;
        PyObject *tok = tok_make(text, i, j);
        if (tok == NULL)
            return -1;
        int rc = PyList_Append(out, tok);
        Py_DECREF(tok);
        if (rc < 0)
            return -1;
        i = j;
    }
    return 0;
}

static PyObject *
tokenize(PyObject *Py_UNUSED(module), PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"masked", "start", "end", NULL};
    PyObject *s;
    Py_ssize_t start, end;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "Unn:tokenize", kwlist, &s, &start, &end))
        return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(s) < 0)   /* legacy (wstr) strings; a no-op from 3.12 on */
        return NULL;
#endif
    /* re's pos/endpos: clamped to the string, not counted from its end */
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    start = start < 0 ? 0 : (start > n ? n : start);
    end = end < 0 ? 0 : (end > n ? n : end);

    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    int rc;
    switch (PyUnicode_KIND(s)) {
    case PyUnicode_1BYTE_KIND:
        rc = scan(s, PyUnicode_1BYTE_KIND, start, end, out);
        break;
    case PyUnicode_2BYTE_KIND:
        rc = scan(s, PyUnicode_2BYTE_KIND, start, end, out);
        break;
    default:
        rc = scan(s, PyUnicode_4BYTE_KIND, start, end, out);
        break;
    }
    if (rc < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* ---- word_hits --------------------------------------------------------------------- */

/* word_hits(text, start, end, words) gives what
 *
 *     [(m.start(), m.group()) for m in re.finditer(r"\b(?:w1|w2|...)\b", text, start, end)]
 *
 * gives for the elements w1, w2, ... of the frozenset `words` when every element is a str
 * of word characters only (\w, is_word above): \b before a word that starts with \w
 * means a non-word character or the start of the string before it, and \b after one that
 * ends with \w a non-word character or `end` after it, so a match is exactly a maximal
 * run of word characters whose text is in `words` (and matches cannot overlap, as runs
 * do not).  As in `re`, the character before `start` counts (a run that began before
 * `start` is no match), and nothing at or past `end` is seen.  An element with a
 * non-word character never equals a run, so it is never found (the regex could find it):
 * callers check their words are all \w (quoteidx.reported does).
 *
 * Runs are looked up without making a str of each: the words that are ASCII str are in
 * a hash table (with, for a quick no, the lengths of the words of each first letter); a
 * run with a character above ASCII is looked up in the set itself if some word has one
 * too.  The table of the last set is kept, with a reference to the set, so its address
 * cannot be reused (and a frozenset cannot change). */

typedef struct {
    PyObject *word;               /* borrowed from the set; NULL: an empty slot */
    const Py_UCS1 *chars;         /* its ASCII characters */
    Py_ssize_t len;
    Py_uhash_t hash;
} WordSlot;

typedef struct {
    Py_ssize_t refs;              /* the cache below, and each call using it */
    PyObject *words;              /* the frozenset (a strong reference) */
    int all;                      /* an element is not an exact str: ask the set each time */
    int wide;                     /* a word has a character above ASCII */
    unsigned long long first[128]; /* bit L: an ASCII word of length L (< 64) starts with c */
    size_t mask;                  /* slots - 1, slots a power of two */
    WordSlot slots[];
} WordTable;

static WordTable *word_table;     /* that of the last set seen, or NULL */

static ALWAYS_INLINE Py_uhash_t
hash_step(Py_uhash_t h, Py_UCS4 c)
{
    return (h ^ c) * (Py_uhash_t)1099511628211ULL;   /* FNV-1a */
}

#define HASH_INIT ((Py_uhash_t)14695981039346656037ULL)

static void
word_table_release(WordTable *t)
{
    if (t != NULL && --t->refs == 0) {
        PyObject *words = t->words;
        PyMem_Free(t);
        Py_DECREF(words);
    }
}

/* The table of `words` with a reference for the caller (word_table_release), or NULL. */
static WordTable *
word_table_for(PyObject *words)
{
    if (word_table != NULL && word_table->words == words) {
        word_table->refs++;
        return word_table;
    }
    Py_ssize_t n = PySet_GET_SIZE(words);
    size_t size = 8;
    while (size < (size_t)n * 4)
        size <<= 1;
    WordTable *t = PyMem_Calloc(1, sizeof(WordTable) + size * sizeof(WordSlot));
    if (t == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    t->mask = size - 1;
    PyObject *it = PyObject_GetIter(words);
    if (it == NULL) {
        PyMem_Free(t);
        return NULL;
    }
    PyObject *w;
    while ((w = PyIter_Next(it)) != NULL) {
        Py_DECREF(w);   /* the set holds it as long as the table holds the set */
        if (!PyUnicode_CheckExact(w)) {
            t->all = 1;
            continue;
        }
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(w) < 0)
            break;
#endif
        Py_ssize_t len = PyUnicode_GET_LENGTH(w);
        if (len == 0)
            continue;   /* never a run */
        if (!PyUnicode_IS_ASCII(w)) {
            t->wide = 1;
            continue;
        }
        const Py_UCS1 *chars = PyUnicode_1BYTE_DATA(w);
        Py_uhash_t h = HASH_INIT;
        for (Py_ssize_t k = 0; k < len; k++)
            h = hash_step(h, chars[k]);
        size_t i = (size_t)h & t->mask;
        while (t->slots[i].word != NULL)
            i = (i + 1) & t->mask;
        t->slots[i] = (WordSlot){w, chars, len, h};
        if (len < 64)
            t->first[chars[0]] |= 1ULL << len;
        else
            t->first[chars[0]] |= 1ULL;   /* bit 0: a word of 64 or more */
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        PyMem_Free(t);
        return NULL;
    }
    Py_INCREF(words);
    t->words = words;
    t->refs = 2;   /* the cache and the caller */
    WordTable *old = word_table;
    word_table = t;
    word_table_release(old);
    return t;
}

/* Appends (i, word) when s[i:j] is in the set: -1 on error. */
static int
hit_if_in_set(PyObject *s, Py_ssize_t i, Py_ssize_t j, PyObject *words, PyObject *out)
{
    PyObject *w = PyUnicode_Substring(s, i, j);
    if (w == NULL)
        return -1;
    int in = PySet_Contains(words, w);
    if (in <= 0) {
        Py_DECREF(w);
        return in;
    }
    PyObject *hit = Py_BuildValue("(nN)", i, w);   /* steals w */
    if (hit == NULL)
        return -1;
    int rc = PyList_Append(out, hit);
    Py_DECREF(hit);
    return rc;
}

/* Appends the hits of s[start:end] to `out`; -1 on error. */
static ALWAYS_INLINE int
hits_scan(PyObject *s, const int kind, Py_ssize_t start, Py_ssize_t end,
          const WordTable *t, PyObject *out)
{
    const void *data = PyUnicode_DATA(s);
#define AT(k) PyUnicode_READ(kind, data, (k))
    Py_ssize_t i = start;
    /* \b at `start` looks at the character before it: a run under way there is no match */
    if (i > 0 && is_word(AT(i - 1)))
        while (i < end && is_word(AT(i)))
            i++;
    while (i < end) {
        Py_UCS4 c = AT(i);
        if (!is_word(c)) {
            i++;
            continue;
        }
        Py_UCS4 d, above = c;    /* above: the bits of every character of the run */
        Py_uhash_t h = hash_step(HASH_INIT, c);
        Py_ssize_t j = i + 1;
        while (j < end && is_word(d = AT(j))) {
            h = hash_step(h, d);
            above |= d;
            j++;
        }
        Py_ssize_t n = j - i;
        if (t->all || (above >= 128 && t->wide)) {
            if (hit_if_in_set(s, i, j, t->words, out) < 0)
                return -1;
        }
        else if (above < 128 && (t->first[c] >> (n < 64 ? n : 0)) & 1) {
            for (size_t k = (size_t)h & t->mask; t->slots[k].word != NULL;
                 k = (k + 1) & t->mask) {
                const WordSlot *slot = &t->slots[k];
                if (slot->hash != h || slot->len != n)
                    continue;
                Py_ssize_t m = 0;
                while (m < n && AT(i + m) == slot->chars[m])
                    m++;
                if (m == n) {
                    PyObject *hit = Py_BuildValue("(nO)", i, slot->word);
                    if (hit == NULL)
                        return -1;
                    int rc = PyList_Append(out, hit);
                    Py_DECREF(hit);
                    if (rc < 0)
                        return -1;
                    break;
                }
            }
        }
        i = j;
    }
    return 0;
#undef AT
}

static PyObject *
word_hits(PyObject *Py_UNUSED(module), PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"text", "start", "end", "words", NULL};
    PyObject *s, *words;
    Py_ssize_t start, end;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "UnnO!:word_hits", kwlist, &s, &start, &end,
                                     &PyFrozenSet_Type, &words))
        return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(s) < 0)
        return NULL;
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    start = start < 0 ? 0 : (start > n ? n : start);
    end = end < 0 ? 0 : (end > n ? n : end);
    /* A reference of our own: the set's lookups, and any allocation (through the garbage
     * collector and __del__), may run Python code that calls word_hits with another set
     * and so replaces the cached table. */
    WordTable *t = word_table_for(words);
    if (t == NULL)
        return NULL;
    PyObject *out = PyList_New(0);
    int rc = -1;
    if (out != NULL) {
        switch (PyUnicode_KIND(s)) {
        case PyUnicode_1BYTE_KIND:
            rc = hits_scan(s, PyUnicode_1BYTE_KIND, start, end, t, out);
            break;
        case PyUnicode_2BYTE_KIND:
            rc = hits_scan(s, PyUnicode_2BYTE_KIND, start, end, t, out);
            break;
        default:
            rc = hits_scan(s, PyUnicode_4BYTE_KIND, start, end, t, out);
            break;
        }
    }
    word_table_release(t);
    if (rc < 0) {
        Py_XDECREF(out);
        return NULL;
    }
    return out;
}

static PyMethodDef module_methods[] = {
    {"tokenize", (PyCFunction)(void (*)(void))tokenize, METH_VARARGS | METH_KEYWORDS,
     "tokenize(masked, start, end)\n--\n\n"
     "Tokens of masked[start:end] with absolute offsets (a list of Tok)."},
    {"word_hits", (PyCFunction)(void (*)(void))word_hits, METH_VARARGS | METH_KEYWORDS,
     "word_hits(text, start, end, words)\n--\n\n"
     "(position, word) of each maximal run of word characters (\\w) of text[start:end]\n"
     "whose text is in the frozenset `words`: re's \\b(?:w1|w2|...)\\b with pos/endpos."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "quoteidx._tokenize",
    .m_doc = "C version of quoteidx.speakers.tokenize and Tok, and of the cue regex of "
             "quoteidx.reported (word_hits); the same results.",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit__tokenize(void)
{
    for (Py_UCS4 c = 0; c < 128; c++) {
        ascii_class[c] = (unsigned char)(
            (Py_UNICODE_ISALNUM(c) || c == '_' ? C_WORD : 0) |
            (Py_UNICODE_ISSPACE(c) ? C_SPACE : 0) |
            (Py_UNICODE_ISDECIMAL(c) ? C_DIGIT : 0));
    }
    if (str_lower == NULL) {
        str_lower = PyUnicode_InternFromString("lower");
        if (str_lower == NULL)
            return NULL;
    }
    if (PyType_Ready(&Tok_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL)
        return NULL;
    Py_INCREF(&Tok_Type);
    if (PyModule_AddObject(m, "Tok", (PyObject *)&Tok_Type) < 0) {
        Py_DECREF(&Tok_Type);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddStringConstant(m, "PATTERN", PATTERN) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    PyObject *mask = PyUnicode_FromOrdinal(MASK_CHAR);
    int rc = PyModule_AddObjectRef(m, "MASK", mask);   /* fails cleanly on NULL */
    Py_XDECREF(mask);
    if (rc < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
