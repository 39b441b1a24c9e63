from outreach_app.cli import main

raise SystemExit(main())
