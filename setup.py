"""Build of the optional C tokenizer; the project's metadata is in pyproject.toml.

`optional=True`: where the extension cannot be compiled (no C compiler) the install goes
on without it and quoteidx.speakers falls back to its pure-Python tokenizer.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("quoteidx._tokenize", ["quoteidx/_tokenize.c"], optional=True)])
