"""QR survey flyers: tracked links, print-ready PDF layouts and the log of where flyers were left.

Nothing here imports Qt; reportlab and qrcode are imported only when a PDF is drawn, so the window
and the command line start quickly.

- links:  tracked_link(url, tag) and the rules for links and source tags
- spec:   FlyerSpec (what the user asked for), its checks, the fixed wording in English and French
- layout: page geometry of the poster, handout and cards layouts and fitting text into them
- render: drawing the flyers (vector QR codes, embedded fonts) and writing the PDF atomically
- drops:  flyer drops (insert-only synced facts) and the per-tag totals reports use
- schema: the `outreach-flyers` migration set
"""
