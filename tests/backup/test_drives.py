"""Removable and network drives on Linux (a fake /proc/mounts and /sys/block) and
Windows (a fake kernel32)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.backup import drives

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/sdb1 /media/lan/KINGSTON vfat rw,nosuid 0 0
/dev/sdc1 /run/media/lan/My\\040Disk exfat rw 0 0
/dev/sdd1 /mnt/usbdisk ext4 rw 0 0
//server/share /mnt/office cifs rw 0 0
nas:/export /srv/nas nfs4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
proc /proc proc rw 0 0
"""


def _fake_system(tmp_path: Path) -> tuple[str, Path]:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    block = tmp_path / "sys_block"
    for disk, removable in (("nvme0n1", "0"), ("sdb", "1"), ("sdc", "0"), ("sdd", "0")):
        (block / disk).mkdir(parents=True)
        (block / disk / "removable").write_text(removable + "\n")
    # sdd is a USB hard disk: removable=0, but it hangs off the USB bus
    real = tmp_path / "devices" / "pci0000:00" / "usb2" / "2-1" / "block" / "sdd"
    real.mkdir(parents=True)
    (real / "removable").write_text("0\n")
    (block / "sdd" / "removable").unlink()
    (block / "sdd").rmdir()
    (block / "sdd").symlink_to(real)
    return str(mounts), block


def test_linux_kinds(tmp_path):
    mounts, block = _fake_system(tmp_path)
    kind = lambda p: drives.linux_kind(Path(p), mounts, block)  # noqa: E731
    assert kind("/home/lan/socongdoan.sqlite3") == drives.FIXED
    assert kind("/media/lan/KINGSTON/backup") == drives.REMOVABLE
    assert kind("/run/media/lan/My Disk/x.sqlite3") == drives.REMOVABLE
    assert kind("/mnt/usbdisk/data.sqlite3") == drives.REMOVABLE
    assert kind("/mnt/office/so.sqlite3") == drives.NETWORK
    assert kind("/srv/nas/so.sqlite3") == drives.NETWORK
    assert kind("/tmp/x") == drives.RAM
    listed = drives.linux_drives(mounts, block)
    assert [(str(d.root), d.kind) for d in listed] == [
        ("/media/lan/KINGSTON", "removable"), ("/run/media/lan/My Disk", "removable"),
        ("/mnt/usbdisk", "removable"), ("/mnt/office", "network"), ("/srv/nas", "network")]


class FakeKernel32:
    """C: fixed, D: CD, E: USB stick labelled BACKUP, Z: network."""
    kinds = {"C:\\": 3, "D:\\": 5, "E:\\": 2, "Z:\\": 4}

    def GetLogicalDrives(self):  # noqa: N802
        return (1 << 2) | (1 << 3) | (1 << 4) | (1 << 25)

    def GetDriveTypeW(self, root):  # noqa: N802
        return self.kinds.get(root, 1)

    def GetVolumeInformationW(self, root, buf, size, *rest):  # noqa: N802
        buf.value = {"C:\\": "Windows", "E:\\": "BACKUP"}.get(root, "")
        return 1


def test_windows_drives_and_kinds(monkeypatch):
    monkeypatch.setattr(drives, "_usage", lambda root: (8_000_000_000, 16_000_000_000))
    k = FakeKernel32()
    found = drives.windows_drives(k)
    assert [(str(d.root), d.kind, d.label) for d in found] == [
        ("C:\\", "fixed", "Windows"), ("D:\\", "cdrom", ""), ("E:\\", "removable", "BACKUP"), ("Z:\\", "network", "")]
    assert "BACKUP" in found[2].title and "8.0 GB free" in found[2].title
    assert drives.windows_kind(Path("E:\\so\\data.sqlite3"), k) == drives.REMOVABLE
    assert drives.windows_kind(Path("C:\\Users\\lan\\data.sqlite3"), k) == drives.FIXED
    assert drives.windows_kind(Path("\\\\server\\share\\data.sqlite3"), k) == drives.NETWORK
    assert drives.windows_kind(Path("Z:\\data.sqlite3"), k) == drives.NETWORK


def test_live_location_problem(monkeypatch, tmp_path):
    monkeypatch.setattr(drives, "drive_kind", lambda p: drives.REMOVABLE)
    assert "removable drive" in drives.live_location_problem(tmp_path / "x.sqlite3")
    monkeypatch.setattr(drives, "drive_kind", lambda p: drives.NETWORK)
    assert "network drive" in drives.live_location_problem(tmp_path / "x.sqlite3")
    monkeypatch.setattr(drives, "drive_kind", lambda p: drives.FIXED)
    assert drives.live_location_problem(tmp_path / "x.sqlite3") is None


def test_real_system_does_not_crash(tmp_path):
    assert drives.drive_kind(tmp_path) in {"fixed", "removable", "network", "ram", "unknown", "cdrom"}
    assert isinstance(drives.removable_drives(), list)
