import sys
from pathlib import Path

# The project root on the path, so `strategy` and `ui` import without installing the project.
ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))
