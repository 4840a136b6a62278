"""Software products whose versions documents require, and every name documents give each.

Written from general knowledge of software documentation, not from any corpus: each name belongs
to one product ("Postgres", "PostgreSQL" and "pg" are one), so two products never share a
subject (``requirements``).
"""

from __future__ import annotations

import re

#: Products whose versions documentation requires, by id: the name a label shows, then every
#: name documents give it (matched as whole words, case-insensitive unless written with
#: capitals in ``EXACT``). From general knowledge of software documentation.
PRODUCTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "python": ("Python", ("python", "python3", "cpython", "py")),
    "node": ("Node.js", ("node", "node.js", "nodejs")),
    "postgresql": ("PostgreSQL", ("postgresql", "postgres", "pg", "psql")),
    "mysql": ("MySQL", ("mysql",)),
    "mariadb": ("MariaDB", ("mariadb",)),
    "sqlite": ("SQLite", ("sqlite", "sqlite3")),
    "mongodb": ("MongoDB", ("mongodb", "mongo")),
    "redis": ("Redis", ("redis",)),
    "elasticsearch": ("Elasticsearch", ("elasticsearch",)),
    "kafka": ("Kafka", ("kafka", "apache kafka")),
    "ruby": ("Ruby", ("ruby",)),
    "rails": ("Rails", ("rails", "ruby on rails")),
    "java": ("Java", ("java", "jdk", "openjdk", "jre")),
    "go": ("Go", ("go", "golang")),
    "rust": ("Rust", ("rust", "rustc")),
    "dotnet": (".NET", (".net", "dotnet", ".net core")),
    "php": ("PHP", ("php",)),
    "perl": ("Perl", ("perl",)),
    "kotlin": ("Kotlin", ("kotlin",)),
    "swift": ("Swift", ("swift",)),
    "scala": ("Scala", ("scala",)),
    "erlang": ("Erlang/OTP", ("erlang", "otp", "erlang/otp")),
    "elixir": ("Elixir", ("elixir",)),
    "typescript": ("TypeScript", ("typescript",)),
    "deno": ("Deno", ("deno",)),
    "django": ("Django", ("django",)),
    "kubernetes": ("Kubernetes", ("kubernetes", "k8s")),
    "docker": ("Docker", ("docker", "docker engine")),
    "helm": ("Helm", ("helm",)),
    "terraform": ("Terraform", ("terraform",)),
    "ubuntu": ("Ubuntu", ("ubuntu",)),
    "debian": ("Debian", ("debian",)),
    "rhel": ("RHEL", ("rhel", "red hat enterprise linux")),
    "centos": ("CentOS", ("centos",)),
    "fedora": ("Fedora", ("fedora",)),
    "alpine": ("Alpine", ("alpine", "alpine linux")),
    "macos": ("macOS", ("macos", "os x", "mac os x")),
    "windows": ("Windows", ("windows", "windows server")),
    "ios": ("iOS", ("ios",)),
    "android": ("Android", ("android",)),
    "openssl": ("OpenSSL", ("openssl",)),
    "glibc": ("glibc", ("glibc",)),
    "gcc": ("GCC", ("gcc",)),
    "clang": ("Clang", ("clang",)),
    "cmake": ("CMake", ("cmake",)),
    "git": ("Git", ("git",)),
    "nginx": ("nginx", ("nginx",)),
    "npm": ("npm", ("npm",)),
}
#: Names that are common words or other things in lower case: a product only when written as
#: products are ("Go 1.21", not "go 2 steps back"; "Node 18", not "node 3 of the cluster").
EXACT = {
    "go": "Go", "rust": "Rust", "swift": "Swift", "alpine": "Alpine", "helm": "Helm", "py": "Py",
    "pg": "pg|PG", "windows": "Windows", "node": "Node", "otp": "OTP", "ios": "iOS",
}  # fmt: skip

NAMES = {name: product for product, (_, names) in PRODUCTS.items() for name in names}
"""Every product name, lower case, and its product's id."""
NAME_RE = "|".join(
    "(?-i:" + EXACT[name] + ")" if name in EXACT else re.escape(name)
    for name in sorted(NAMES, key=len, reverse=True)
)
"""A pattern of every product name, longest first (to compile with ``re.IGNORECASE``)."""
