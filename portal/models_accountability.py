"""Rollup tables behind the accountability figures (derived data: rebuilt from requests and agreements)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import db

MEASURES = (
    "received",
    "fc_n",
    "fc_in_norm",
    "res_n",
    "res_in_norm",
    "ctrl_n",
    "ctrl_sat",
    "ag_open",
    "ag_kept",
    "ag_broken",
)


class _Measures:
    """The counted measures (MEASURES), shared by the daily and the monthly rollup."""

    received: Mapped[int] = mapped_column(Integer, default=0)
    fc_n: Mapped[int] = mapped_column(Integer, default=0)
    fc_in_norm: Mapped[int] = mapped_column(Integer, default=0)
    res_n: Mapped[int] = mapped_column(Integer, default=0)
    res_in_norm: Mapped[int] = mapped_column(Integer, default=0)
    ctrl_n: Mapped[int] = mapped_column(Integer, default=0)
    ctrl_sat: Mapped[int] = mapped_column(Integer, default=0)
    ag_open: Mapped[int] = mapped_column(Integer, default=0)
    ag_kept: Mapped[int] = mapped_column(Integer, default=0)
    ag_broken: Mapped[int] = mapped_column(Integer, default=0)


class _Histogram:
    """One bar of a working-days histogram: kind ('fc' or 'res'), working days, count."""

    kind: Mapped[str] = mapped_column(String(4), primary_key=True)
    wd: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class AccDaily(_Measures, db.Model):
    """Per day of receipt and per dimension value ('all', 'theme', 'department', 'channel', 'outcome', 'route')."""

    __tablename__ = "acc_daily"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    dim: Mapped[str] = mapped_column(String(12), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)


class AccDuration(_Histogram, db.Model):
    """Histogram of working days to first contact ('fc') and to resolution ('res'), per day of receipt."""

    __tablename__ = "acc_duration"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)

    # Covering index for range scans by kind (created in migration 0003_accountability).
    __table_args__ = (Index("ix_acc_duration_kind_day", "kind", "day", "wd", "n"),)


class AccMonthly(_Measures, db.Model):
    """The daily rows summed per calendar month (`month` is its first day): what the pages read."""

    __tablename__ = "acc_monthly"
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    dim: Mapped[str] = mapped_column(String(12), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)


class AccDurationMonthly(_Histogram, db.Model):
    """The duration histogram summed per calendar month."""

    __tablename__ = "acc_duration_monthly"
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)


class AccDirty(db.Model):
    """Days whose rollup must be recomputed; written in the same transaction as the change."""

    __tablename__ = "acc_dirty"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)


class AccState(db.Model):
    """Watermarks and the rollup version (key/value)."""

    __tablename__ = "acc_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
