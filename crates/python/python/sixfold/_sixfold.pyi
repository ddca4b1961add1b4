from typing import Dict, List, Optional, Tuple

def read_json(texts: Dict[str, str], document_toml: Optional[str] = ..., path: str = ...) -> str: ...
def align_json(
    texts: Dict[str, str], document_toml: Optional[str] = ..., path: str = ..., pivot: str = ...,
    review_toml: Optional[str] = ...,
) -> str: ...
def check_json(
    texts: Dict[str, str], document_toml: Optional[str] = ..., path: str = ..., pivot: str = ...,
    review_toml: Optional[str] = ...,
) -> str: ...
def export(
    texts: Dict[str, str],
    format: str,
    document_toml: Optional[str] = ...,
    path: str = ...,
    langs: Optional[List[str]] = ...,
    source: Optional[str] = ...,
    review_toml: Optional[str] = ...,
) -> List[Tuple[Optional[str], str]]: ...
