"""Models of plans/: municipalities, plans, actions, assessments and the shared snippets."""

from .action import ActionIndicator, ActionPage
from .assessment import ActionAssessment, AssessmentPage, IndicatorValue
from .board_task import BoardApprovalTask
from .monitoring import MonitoringPeriod, ThematicArea
from .municipality import MunicipalityIndexPage, MunicipalityKind, MunicipalityPage
from .open_data import OpenDataPage
from .plan import PlanObjective, PlanPage

__all__ = [
    "ActionAssessment",
    "ActionIndicator",
    "ActionPage",
    "AssessmentPage",
    "BoardApprovalTask",
    "IndicatorValue",
    "MonitoringPeriod",
    "MunicipalityIndexPage",
    "MunicipalityKind",
    "MunicipalityPage",
    "OpenDataPage",
    "PlanObjective",
    "PlanPage",
    "ThematicArea",
]
