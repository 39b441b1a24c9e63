"""The working-group update: the project page (texts and steps) and the update deck built from the reports."""
