"""The timeline's time values: :mod:`newsprism.values.moments` (the one reader of dates in
:mod:`newsprism.values` reads date phrases as these), named here for the stages that print and compare them."""

from newsprism.values.moments import ISO, RANK, Clock, Point, Precision, TimeValue, same_time

__all__ = ["ISO", "RANK", "Clock", "Point", "Precision", "TimeValue", "same_time"]
