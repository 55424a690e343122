"""Which drives are USB sticks and which paths live on removable or network drives.

Windows asks ``GetDriveTypeW`` (through ctypes) for every drive letter; Linux reads
``/proc/mounts`` and ``/sys/block/<disk>/removable`` (and whether the disk hangs off a
USB bus), and treats mounts under ``/media`` and ``/run/media`` as removable. USB hard
disks that Windows reports as fixed drives are not recognised as removable there.
"""

from __future__ import annotations

import ntpath
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

FIXED, REMOVABLE, NETWORK, CDROM, RAM, UNKNOWN = "fixed", "removable", "network", "cdrom", "ram", "unknown"
NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "davfs", "fuse.davfs2",
              "9p", "afs", "ncpfs", "fuse.rclone", "fuse.gvfsd-fuse", "glusterfs", "ceph"}
# GetDriveType results
_WIN_KINDS = {2: REMOVABLE, 3: FIXED, 4: NETWORK, 5: CDROM, 6: RAM}


@dataclass(frozen=True)
class Drive:
    root: Path
    label: str
    kind: str
    free: int | None = None
    total: int | None = None

    @property
    def title(self) -> str:
        size = f" ({self.free / 1e9:.1f} GB free)" if self.free is not None else ""
        return f"{self.label} — {self.root}{size}" if self.label else f"{self.root}{size}"


def _usage(root: Path) -> tuple[int | None, int | None]:
    try:
        u = shutil.disk_usage(root)
        return u.free, u.total
    except OSError:
        return None, None


# ---------------------------------------------------------------- Windows
def _kernel32():
    import ctypes
    return ctypes.windll.kernel32  # type: ignore[attr-defined]


def windows_drives(kernel32=None) -> list[Drive]:
    """Every drive letter with its kind and volume label (``kernel32`` injectable for tests)."""
    import ctypes
    k = kernel32 or _kernel32()
    mask = k.GetLogicalDrives()
    out = []
    for i in range(26):
        if not mask & (1 << i):
            continue
        root = f"{chr(65 + i)}:\\"
        kind = _WIN_KINDS.get(k.GetDriveTypeW(root), UNKNOWN)
        label = ""
        if kind in (REMOVABLE, FIXED):
            buf = ctypes.create_unicode_buffer(261)
            if k.GetVolumeInformationW(root, buf, 261, None, None, None, None, 0):
                label = buf.value
        free, total = _usage(Path(root)) if kind != CDROM else (None, None)
        out.append(Drive(Path(root), label, kind, free, total))
    return out


def windows_kind(path: Path, kernel32=None) -> str:
    text = str(path)
    if text.startswith("\\\\"):
        return NETWORK  # \\server\share
    drive = ntpath.splitdrive(text)[0]
    if not drive:
        return UNKNOWN
    k = kernel32 or _kernel32()
    return _WIN_KINDS.get(k.GetDriveTypeW(drive + "\\"), UNKNOWN)


# ---------------------------------------------------------------- Linux
def _unescape(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def linux_mounts(proc_mounts: str = "/proc/mounts") -> list[tuple[str, str, str]]:
    """(device, mount point, file system type) for every mount."""
    try:
        text = Path(proc_mounts).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            out.append((_unescape(parts[0]), _unescape(parts[1]), parts[2]))
    return out


def _disk_of(device: str, sys_block: Path) -> Path | None:
    """/sys/block/<disk> for /dev/sdb1, /dev/mmcblk0p1, /dev/nvme0n1p2..."""
    name = os.path.basename(os.path.realpath(device)) if device.startswith("/dev/") else ""
    if not name:
        return None
    if (sys_block / name).exists():
        return sys_block / name
    for disk in sorted(sys_block.iterdir()) if sys_block.exists() else []:
        if re.fullmatch(re.escape(disk.name) + r"p?\d+", name) or (disk / name).exists():
            return disk
    return None


def _linux_device_removable(device: str, sys_block: Path) -> bool:
    disk = _disk_of(device, sys_block)
    if disk is None:
        return False
    try:
        if (disk / "removable").read_text().strip() == "1":
            return True
    except OSError:
        pass
    try:
        return "/usb" in os.path.realpath(disk)
    except OSError:
        return False


def _mount_kind(device: str, mount: str, fstype: str, sys_block: Path) -> str:
    if fstype in NETWORK_FS or device.startswith("//") or (":" in device and not device.startswith("/")):
        return NETWORK
    if fstype in ("iso9660", "udf"):
        return CDROM
    if fstype in ("tmpfs", "ramfs"):
        return RAM
    if _linux_device_removable(device, sys_block) or mount.startswith(("/media/", "/run/media/")):
        return REMOVABLE
    return FIXED


def linux_drives(proc_mounts: str = "/proc/mounts", sys_block: Path = Path("/sys/block")) -> list[Drive]:
    out = []
    for device, mount, fstype in linux_mounts(proc_mounts):
        kind = _mount_kind(device, mount, fstype, sys_block)
        if kind in (REMOVABLE, NETWORK):
            free, total = _usage(Path(mount))
            out.append(Drive(Path(mount), os.path.basename(mount) or mount, kind, free, total))
    return out


def linux_kind(path: Path, proc_mounts: str = "/proc/mounts", sys_block: Path = Path("/sys/block")) -> str:
    target = os.path.realpath(path)
    best: tuple[str, str, str] | None = None
    for device, mount, fstype in linux_mounts(proc_mounts):
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and (best is None or len(mount) > len(best[1])):
            best = (device, mount, fstype)
    if best is None:
        return UNKNOWN
    return _mount_kind(*best, sys_block)


# ---------------------------------------------------------------- any system
def removable_drives() -> list[Drive]:
    """USB sticks and memory cards that are plugged in, for the backup dialog."""
    if sys.platform == "win32":
        return [d for d in windows_drives() if d.kind == REMOVABLE]
    if sys.platform == "darwin":
        volumes = Path("/Volumes")
        drives = []
        for v in sorted(volumes.iterdir()) if volumes.exists() else []:
            if v.is_dir() and not v.is_symlink():
                free, total = _usage(v)
                drives.append(Drive(v, v.name, REMOVABLE, free, total))
        return drives
    return [d for d in linux_drives() if d.kind == REMOVABLE]


def drive_kind(path: Path | str) -> str:
    """"fixed", "removable", "network", "cdrom", "ram" or "unknown" for the drive of ``path``."""
    path = Path(path)
    probe = path if path.exists() else path.parent
    if sys.platform == "win32":
        return windows_kind(probe.resolve())
    if sys.platform == "darwin":
        return REMOVABLE if str(probe.resolve()).startswith("/Volumes/") else FIXED
    return linux_kind(probe)


def live_location_problem(db_path: Path | str) -> str | None:
    """Why the working database must not live where it is, or None when the place is fine."""
    kind = drive_kind(db_path)
    if kind == REMOVABLE:
        return ("The database is on a removable drive (USB stick or memory card). If the drive is "
                "pulled out or loses power while the program writes, the records can be damaged, and "
                "the drive is easily lost with everyone's personal data on it. Keep the database on "
                "this computer and use the USB drive for backups.")
    if kind == NETWORK:
        return ("The database is on a network drive. SQLite cannot lock files reliably over a "
                "network, so a dropped connection or a second computer opening it can damage the "
                "records. Keep the database on this computer and back it up to the network drive.")
    return None
