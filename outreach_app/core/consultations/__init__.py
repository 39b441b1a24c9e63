"""Consultations and focus groups, and the one list of organisations (stakeholders) that invitations,
trainings and safety-plan contacts share."""
