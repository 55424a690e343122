"""File names proposed for documents: Vietnamese words without diacritics, safe on Windows."""

from __future__ import annotations


def default_name(kind: str, ident: int | None = None) -> str:
    """A sensible file name in the current folder (Vietnamese words, no diacritics)."""
    names = {"minutes": "bien-ban-su-kien-{}", "annual": "bao-cao-tong-ket-{}", "unions": "danh-sach-cdcs",
             "members": "danh-sach-doan-vien-cdcs-{}", "officers": "danh-sach-can-bo",
             "participants": "danh-sach-tham-du-su-kien-{}", "course": "bao-cao-lop-tap-huan-{}",
             "certificates": "giay-chung-nhan-lop-{}", "awards": "danh-sach-de-nghi-khen-thuong-{}",
             "congresses-due": "danh-sach-cdcs-den-ky-dai-hoi-{}", "dues-behind": "danh-sach-cdcs-no-doan-phi-{}"}
    name = names[kind].format(ident) if "{}" in names[kind] else names[kind]
    if kind == "officers" and ident is not None:
        name += f"-cdcs-{ident}"
    return name + ".pdf"
