/** Pages and services only admins reach (web.xml constrains /admin/*, the EJB checks the role again). */
package org.misibench.web.admin;
