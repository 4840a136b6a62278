/* What the three optional C extensions share: factcheck/_speedups.c, _emitspeedups.c and
 * _loadspeedups.c each include this header first (setup.py names it in their `depends`, so a
 * change here rebuilds them and the sdist ships it).
 *
 * Their module set-up is the same: the str names a module looks attributes or keys up by are
 * interned once, at import, then the module is made from its method table.
 */
#ifndef FACTCHECK_NATIVE_COMMON_H
#define FACTCHECK_NATIVE_COMMON_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

/* A METH_FASTCALL function in a PyMethodDef (cast through void (*)(void), as CPython does). */
#define FASTCALL_METHOD(function) ((PyCFunction)(void (*)(void))(function))

/* A module's definition: its name, docstring and method table, no per-module state. */
#define MODULE_DEF(name, doc, methods) {PyModuleDef_HEAD_INIT, (name), (doc), -1, (methods)}

/* A str a module interns at import, and the static variable that keeps it. */
typedef struct {
    PyObject **slot;
    const char *text;
} Interned;

/* A module's PyInit_: its `count` names interned, then the module; NULL (the error set) when
 * either fails. */
static PyObject *create_module(PyModuleDef *def, const Interned *names, size_t count) {
    for (size_t i = 0; i < count; i++) {
        *names[i].slot = PyUnicode_InternFromString(names[i].text);
        if (*names[i].slot == NULL) return NULL;
    }
    return PyModule_Create(def);
}

#endif
