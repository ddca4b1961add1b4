from typing import Any, Dict, List, Mapping, Optional, Union

__all__ = ["read", "align", "align_json", "check", "check_json", "export"]

def read(
    texts: Mapping[str, str], document_toml: Optional[str] = ..., *, path: str = ...
) -> Dict[str, Any]: ...
def align_json(
    texts: Mapping[str, str],
    document_toml: Optional[str] = ...,
    *,
    path: str = ...,
    pivot: str = ...,
    review_toml: Optional[str] = ...,
) -> str: ...
def align(
    texts: Mapping[str, str],
    document_toml: Optional[str] = ...,
    *,
    path: str = ...,
    pivot: str = ...,
    review_toml: Optional[str] = ...,
) -> Dict[str, Any]: ...
def check_json(
    texts: Mapping[str, str],
    document_toml: Optional[str] = ...,
    *,
    path: str = ...,
    pivot: str = ...,
    review_toml: Optional[str] = ...,
) -> str: ...
def check(
    texts: Mapping[str, str],
    document_toml: Optional[str] = ...,
    *,
    path: str = ...,
    pivot: str = ...,
    review_toml: Optional[str] = ...,
) -> Dict[str, Any]: ...
def export(
    texts: Mapping[str, str],
    format: str,
    document_toml: Optional[str] = ...,
    *,
    path: str = ...,
    langs: Optional[List[str]] = ...,
    source: Optional[str] = ...,
    review_toml: Optional[str] = ...,
) -> Union[str, Dict[str, str]]: ...
