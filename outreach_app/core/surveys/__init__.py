"""Survey responses traced back to the flyer places and posts that brought them.

The saved surveys live in the core `surveys` table (core/flyers/saved.py lists them). This package
adds the posts (social-media links carrying src=TAG), the import of a survey platform's response
export (only a hashed id, the time, completion, the source tag and chosen closed answers are kept)
and the survey report.
"""
